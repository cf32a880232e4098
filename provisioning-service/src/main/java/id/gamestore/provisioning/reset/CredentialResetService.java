package id.gamestore.provisioning.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.job.Backoff;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The transaction boundary of password resets: store, claim, and end each reset together with its one event in
 * the outbox. Only the processor holding a reset's lease may end it, so a reset resumed elsewhere after a lost
 * lease never publishes twice.
 */
@ApplicationScoped
public class CredentialResetService {
    private static final Logger LOG = Logger.getLogger(CredentialResetService.class);
    static final String DONE = "DONE";

    private final EntityManager em;
    private final ProvisioningConfig config;
    private final ResourceMapping mapping;
    private final PanelConfig panel;
    private final OutboxWriter outbox;
    private final MeterRegistry registry;
    private final CustomerAccounts accounts;

    public CredentialResetService(EntityManager em, ProvisioningConfig config, ResourceMapping mapping,
            PanelConfig panel, OutboxWriter outbox, MeterRegistry registry, CustomerAccounts accounts) {
        this.accounts = accounts;
        this.em = em;
        this.config = config;
        this.mapping = mapping;
        this.panel = panel;
        this.outbox = outbox;
        this.registry = registry;
    }

    /** Stores the request as PENDING in the caller's transaction; @return false when this event was stored before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addPending(CredentialsResetRequested event) {
        return em.createNativeQuery("""
                insert into credential_reset (event_id, request_id, order_id, correlation_id, customer_json,
                       requested_by, state, attempts, next_run_at, created_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, now(), now(), now())
                on conflict (event_id) do nothing
                """).setParameter(1, event.eventId()).setParameter(2, event.requestId())
                .setParameter(3, event.orderId()).setParameter(4, event.correlationId())
                .setParameter(5, json(event.customer())).setParameter(6, event.requestedBy())
                .executeUpdate() == 1;
    }

    /**
     * Claims one due reset for {@code owner}: unleased or with a lease that ran out, and the oldest unfinished one of
     * its order, so two resets of one order never race each other on the panel (the later password must be the
     * one that is sent). Row locks with SKIP LOCKED keep two processors, in any instance, off the same row.
     */
    @Transactional
    public Optional<Long> claim(String owner) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                select r.id from credential_reset r
                 where r.state in ('PENDING', 'RUNNING') and r.next_run_at <= now()
                   and (r.lease_until is null or r.lease_until < now())
                   and not exists (select 1 from credential_reset o where o.order_id = r.order_id and o.id < r.id
                                      and o.state in ('PENDING', 'RUNNING'))
                 order by r.next_run_at limit 1 for update of r skip locked
                """).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = rows.get(0).longValue();
        em.createNativeQuery("""
                update credential_reset set state = 'RUNNING', lease_owner = ?1, lease_until = ?2, updated_at = now()
                 where id = ?3
                """).setParameter(1, owner).setParameter(2, Instant.now().plus(config.lease())).setParameter(3, id)
                .executeUpdate();
        return Optional.of(id);
    }

    @Transactional
    public CredentialReset load(long id) {
        CredentialReset reset = em.find(CredentialReset.class, id);
        em.detach(reset);
        return reset;
    }

    /** The order's panel user and server, or empty when the order has no COMPLETED job with a panel user. */
    @Transactional
    public Optional<ResetTarget> target(String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        if (job == null || job.state != JobState.COMPLETED || job.panelUserId == null) {
            return Optional.empty();
        }
        var pkg = job.pkg();
        return Optional.of(new ResetTarget(job.panelUserId, pkg,
                job.server(mapping.find(pkg.code()).orElse(null)), job.customer()));
    }

    /** Ends the reset with {@code credentials.reset}; @return false when the lease was lost (nothing written). */
    @Transactional
    public boolean done(long id, String owner, ResetTarget target, String username, CredentialEnvelope password) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return false;
        }
        outbox.add(CredentialsReset.of(reset.orderId, reset.correlationId, reset.requestId, target.customer(),
                target.pkg(), panel.publicUrl(), username, password, target.server()));
        accounts.ended(target.customer().customerId(), CustomerAccounts.resetHolder(id), reset.orderId,
                reset.requestId, true, target.panelUserId());
        end(reset, ResetState.DONE, null, null);
        LOG.infof("credential reset %d done for panel user %d (%s)", id, target.panelUserId(), username);
        return true;
    }

    /** Ends the reset with {@code credentials.reset-failed}; @return false when the lease was lost. */
    @Transactional
    public boolean fail(long id, String owner, ResetFailure reason, String adminDetail) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return false;
        }
        String detail = truncate(adminDetail);
        Customer recipient = recipient(reset);
        outbox.add(CredentialsResetFailed.of(reset.orderId, reset.correlationId, reset.requestId, recipient,
                reason.name(), reason.customerMessage(), detail));
        accounts.ended(recipient.customerId(), CustomerAccounts.resetHolder(id), reset.orderId, reset.requestId,
                false, null);
        end(reset, ResetState.FAILED, reason, detail);
        LOG.infof("credential reset %d failed: %s: %s", id, reason, detail);
        return true;
    }

    /** NOT_PROVISIONED, with what the admin needs to see why. */
    @Transactional
    public boolean failNotProvisioned(long id, String owner, String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        String detail = job == null ? "no provisioning job for order " + orderId
                : "provisioning job of order " + orderId + " is " + job.state
                        + (job.panelUserId == null ? " and has no panel user" : "") + "; nothing to reset";
        return fail(id, owner, ResetFailure.NOT_PROVISIONED, detail);
    }

    /**
     * A transient panel error: tries again after the backoff (never before the panel's Retry-After), or fails with
     * PANEL_UNAVAILABLE once {@code PROVISIONING_RETRY_ATTEMPTS} retries are used up, as a saga step does.
     */
    @Transactional
    public void retryLater(long id, String owner, PanelException error) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return;
        }
        reset.attempts++;
        if (reset.attempts > config.retryAttempts()) {
            fail(id, owner, ResetFailure.PANEL_UNAVAILABLE,
                    "gave up after " + reset.attempts + " attempts: " + error.getMessage());
            return;
        }
        reset.lastError = truncate(error.getMessage());
        release(reset, Backoff.delay(config, reset.attempts, error.retryAfter()));
        LOG.infof("credential reset %d: transient panel error (attempt %d), retrying at %s: %s", id, reset.attempts,
                reset.nextRunAt, error.getMessage());
    }

    /** Another order or reset holds the customer's account: look again soon, without using up an attempt. */
    @Transactional
    public void later(long id, String owner, Duration delay) {
        CredentialReset reset = leased(id, owner);
        if (reset != null) {
            release(reset, delay);
        }
    }

    /**
     * Right before the PATCH: true only while {@code owner} still holds the reset, and then the lease is renewed so
     * that the PATCH (bounded by the rate-budget wait and the read timeout) lands inside it. A reset that lost its
     * lease must not send a password that a newer run may already have replaced.
     */
    @Transactional
    public boolean renewLease(long id, String owner) {
        CredentialReset reset = leased(id, owner);
        if (reset == null || reset.leaseUntil == null || reset.leaseUntil.isBefore(Instant.now())) {
            return false;
        }
        reset.leaseUntil = Instant.now().plus(config.lease());
        reset.updatedAt = Instant.now();
        return true;
    }

    /** Hands the reset back without a result (unexpected error); it runs again after a backoff. */
    @Transactional
    public void handBack(long id, String owner, String error) {
        CredentialReset reset = leased(id, owner);
        if (reset != null) {
            reset.lastError = truncate(error);
            release(reset, Backoff.delay(config, reset.attempts + 1, Optional.empty()));
        }
    }

    /** Makes the resets a previous run of this named instance held claimable now (see {@code JobLeases}). */
    @Transactional
    public int reclaimPreviousRun(String owner) {
        return em.createNativeQuery("""
                update credential_reset set lease_until = now() - interval '1 second'
                 where lease_owner = ?1 and state = 'RUNNING' and lease_until > now()
                """).setParameter(1, owner).executeUpdate();
    }

    private CredentialReset leased(long id, String owner) {
        CredentialReset reset = em.find(CredentialReset.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reset == null || reset.state != ResetState.RUNNING || !owner.equals(reset.leaseOwner)) {
            LOG.warnf("credential reset %d: lease lost, result dropped", id);
            return null;
        }
        return reset;
    }

    private void release(CredentialReset reset, Duration delay) {
        reset.leaseOwner = null;
        reset.leaseUntil = null;
        reset.nextRunAt = Instant.now().plus(delay);
        reset.updatedAt = Instant.now();
    }

    private void end(CredentialReset reset, ResetState state, ResetFailure reason, String detail) {
        reset.state = state;
        reset.failureReason = reason == null ? null : reason.name();
        reset.lastError = detail;
        reset.leaseOwner = null;
        reset.leaseUntil = null;
        reset.finishedAt = Instant.now();
        reset.updatedAt = reset.finishedAt;
        Counter.builder("provisioning.credential.resets").tag("outcome", reason == null ? DONE : reason.name())
                .description("Password resets by outcome").register(registry).increment();
    }

    /**
     * Who hears about the reset: the customer stored with the order's job, never whoever the request names (a
     * request names a phone; only the stored order says whose login it is). The request's customer is used only
     * when there is no job at all, and then the message carries no secret.
     */
    private static Customer recipient(CredentialReset reset) {
        ProvisioningJob job = ProvisioningJob.byOrderId(reset.orderId);
        return job != null ? job.customer() : customer(reset);
    }

    private static Customer customer(CredentialReset reset) {
        try {
            return EventJson.mapper().readValue(reset.customerJson, Customer.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored customer is unreadable", e);
        }
    }

    private static String json(Customer customer) {
        try {
            return EventJson.mapper().writeValueAsString(customer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1900 ? s : s.substring(0, 1900);
    }
}
