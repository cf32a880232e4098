package id.gamestore.provisioning.job;

import java.util.UUID;

import id.gamestore.contracts.events.OrderConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The jobs' store: one job per order, detached copies for steps to read, and rows only their lease holder writes. */
@ApplicationScoped
public class JobStore {
    private final EntityManager em;
    private final ProvisioningConfig config;

    private final Event<JobQueued> queued;

    public JobStore(EntityManager em, ProvisioningConfig config, Event<JobQueued> queued) {
        this.em = em;
        this.config = config;
        this.queued = queued;
    }

    /** A job became due; observed after the commit so that an idle worker takes it at once. */
    public record JobQueued(String orderId) {
    }

    /** @return true when a job was created; false when the order already has one */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean createIfAbsent(OrderConfirmed event) {
        if (ProvisioningJob.byOrderId(event.orderId()) != null) {
            return false;
        }
        ProvisioningJob.of(event, config.enabled() ? JobState.PENDING : JobState.ON_HOLD).persist();
        em.flush();
        queued.fire(new JobQueued(event.orderId()));
        return true;
    }

    /** A detached copy for a step to read. */
    @Transactional
    public ProvisioningJob load(UUID id) {
        ProvisioningJob job = em.find(ProvisioningJob.class, id);
        em.detach(job);
        return job;
    }

    /** The job, in the caller's transaction, when {@code owner} still holds its lease; else null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProvisioningJob leased(UUID id, String owner) {
        ProvisioningJob job = em.find(ProvisioningJob.class, id);
        return job != null && owner.equals(job.leaseOwner) ? job : null;
    }

    /** Like {@link #leased}, but a lost lease stops the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProvisioningJob requireLease(UUID id, String owner) {
        ProvisioningJob job = leased(id, owner);
        if (job == null) {
            throw new LeaseLostException(id);
        }
        return job;
    }

    /** Hands the job back: the next worker whose time comes may claim it. */
    public static void release(ProvisioningJob job) {
        job.leaseOwner = null;
        job.leaseUntil = null;
    }
}
