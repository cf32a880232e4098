package id.gamestore.provisioning.support;

import java.util.List;

import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.ProvisioningJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Test access to the service's tables. */
@ApplicationScoped
public class Db {
    private final EntityManager em;

    public Db(EntityManager em) {
        this.em = em;
    }

    /**
     * Empties every table. A worker of the previous test may still be ending a job (it locks the job row and the
     * customer's account in one transaction), so the truncate can meet it in a deadlock: PostgreSQL then aborts
     * one side and the truncate simply runs again.
     */
    public void clean() {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("truncate job_step_log, "
                        + "provisioning_job, processed_event, outbox_event, allocation_reservation, panel_rate_budget, "
                        + "credential_reset, customer_account, lifecycle_action").executeUpdate());
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    @Transactional
    public ProvisioningJob job(String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        if (job != null) {
            em.detach(job);
        }
        return job;
    }

    /** As if another instance had claimed the order's running reset after this one's lease ran out. */
    @Transactional
    public void resetLeaseTakenByAnotherInstance(String orderId) {
        em.createNativeQuery("update credential_reset set lease_owner = 'other-instance/reset', "
                + "lease_until = now() + interval '1 hour' where order_id = ?1 and state = 'RUNNING'")
                .setParameter(1, orderId).executeUpdate();
    }

    /** The lease of the order's running reset has run out: any processor may claim it again. */
    @Transactional
    public void resetLeaseExpired(String orderId) {
        em.createNativeQuery("update credential_reset set lease_until = now() - interval '1 second' "
                + "where order_id = ?1 and state = 'RUNNING'").setParameter(1, orderId).executeUpdate();
    }

    /** Points the order's job at another panel user, as a job that adopted a user by email used to. */
    @Transactional
    public void pointJobAtPanelUser(String orderId, long panelUserId) {
        em.createNativeQuery("update provisioning_job set panel_user_id = ?1 where order_id = ?2")
                .setParameter(1, panelUserId).setParameter(2, orderId).executeUpdate();
    }

    /** Moves the job's deadlines into the past, as if its instance had been down longer than they allow. */
    @Transactional
    public void deadlinesPassed(String orderId) {
        em.createNativeQuery("update provisioning_job set deadline = now() - interval '1 minute', "
                + "install_deadline = now() - interval '1 minute' where order_id = ?1").setParameter(1, orderId)
                .executeUpdate();
    }

    /** Each lifecycle action of the order as {@code ACTION:STATE:failureReason:attempts}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> lifecycleActions(String orderId) {
        return em.createNativeQuery("select action || ':' || state || ':' || coalesce(failure_reason, '-') || ':' "
                + "|| attempts from lifecycle_action where order_id = ?1 order by id").setParameter(1, orderId)
                .getResultList();
    }

    /** As if an instance had claimed the order's pending action and crashed: its lease runs for {@code seconds}. */
    @Transactional
    public void lifecycleClaimedByCrashedInstance(String orderId, int seconds) {
        em.createNativeQuery("update lifecycle_action set state = 'RUNNING', lease_owner = 'crashed/lifecycle', "
                + "lease_until = now() + make_interval(secs => ?1) where order_id = ?2 and state = 'PENDING'")
                .setParameter(1, seconds).setParameter(2, orderId).executeUpdate();
    }

    /** The order's pending action becomes due {@code millis} from now (several processors wait for it). */
    @Transactional
    public void lifecycleDueIn(String orderId, int millis) {
        em.createNativeQuery("update lifecycle_action set next_run_at = now() + make_interval(secs => ?1) "
                + "where order_id = ?2 and state = 'PENDING'").setParameter(1, millis / 1000.0)
                .setParameter(2, orderId).executeUpdate();
    }

    /** Each password reset of the order as {@code STATE:failureReason:attempts}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> resets(String orderId) {
        return em.createNativeQuery("select state || ':' || coalesce(failure_reason, '-') || ':' || attempts "
                + "from credential_reset where order_id = ?1 order by id").setParameter(1, orderId).getResultList();
    }

    @Transactional
    public JobState state(String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        return job == null ? null : job.state;
    }

    @Transactional
    public long jobs() {
        return ProvisioningJob.count();
    }

    @Transactional
    public long inState(JobState state) {
        return ProvisioningJob.count("state", state);
    }

    @Transactional
    public long unsentOutbox() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where sent_at is null")
                .getSingleResult()).longValue();
    }

    /** Reservations still held for a server not created (settled ones only count until every node cache shows it). */
    @Transactional
    public long reservations() {
        return ((Number) em.createNativeQuery("select count(*) from allocation_reservation where settled_at is null")
                .getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> stepOutcomes(String orderId) {
        return em.createNativeQuery("select l.step || ':' || l.outcome from job_step_log l join provisioning_job j "
                + "on j.id = l.job_id where j.order_id = ?1 order by l.id").setParameter(1, orderId).getResultList();
    }

    @Transactional
    public long passwordEnvelopesAtRest() {
        return ((Number) em.createNativeQuery(
                "select count(*) from provisioning_job where password_envelope is not null and state in "
                        + "('COMPLETED', 'FAILED', 'COMPENSATION_FAILED')").getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> instancesInStepLog() {
        return em.createNativeQuery("select distinct split_part(instance_id, '/', 1) from job_step_log "
                + "where instance_id like '%/%'").getResultList();
    }
}
