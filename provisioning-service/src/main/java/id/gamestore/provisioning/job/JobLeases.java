package id.gamestore.provisioning.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Who works on which job. A worker claims a due job with a row lock and a lease; a lease that runs out (its worker
 * died) makes the job claimable again by any worker of any instance: that is the resumer.
 */
@ApplicationScoped
public class JobLeases {
    private final EntityManager em;
    private final ProvisioningConfig config;

    public JobLeases(EntityManager em, ProvisioningConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Claims one runnable job for {@code owner}: due, and either unleased or with a lease that ran out (its worker
     * died). Row locks with SKIP LOCKED keep two workers, in any instance, from claiming the same job. The oldest
     * order goes first: with the panel's rate limit as the bottleneck, finishing early orders before starting new
     * ones halves the median wait without changing throughput (interleaving all jobs made every order finish last).
     */
    @Transactional
    public Optional<Claim> claim(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, lease_owner from provisioning_job
                 where state in ('PENDING', 'RUNNING', 'COMPENSATING') and next_run_at <= now()
                   and (lease_until is null or lease_until < now())
                 order by created_at, next_run_at limit 1 for update skip locked
                """).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UUID id = (UUID) rows.get(0)[0];
        String previousOwner = (String) rows.get(0)[1];
        Instant until = Instant.now().plus(config.lease());
        em.createNativeQuery("""
                update provisioning_job set lease_owner = ?1, lease_until = ?2, version = version + 1 where id = ?3
                """).setParameter(1, owner).setParameter(2, until).setParameter(3, id).executeUpdate();
        return Optional.of(new Claim(id, previousOwner, until));
    }

    /**
     * A claimed job; {@code previousOwner} is set when it was resumed from a worker that stopped. {@code leaseUntil}
     * is when the lease runs out, on this process's clock (the value written to the row).
     */
    public record Claim(UUID jobId, String previousOwner, Instant leaseUntil) {
    }

    /**
     * Extends the lease of a job {@code owner} still holds (no other worker took it over), as a worker that kept the
     * job through a database outage does before it carries on.
     *
     * @return the new end of the lease; empty when the job is no longer this worker's
     */
    @Transactional
    public Optional<Instant> renew(UUID id, String owner) {
        Instant until = Instant.now().plus(config.lease());
        int updated = em.createNativeQuery("""
                update provisioning_job set lease_until = ?1, version = version + 1 where id = ?2 and lease_owner = ?3
                """).setParameter(1, until).setParameter(2, id).setParameter(3, owner).executeUpdate();
        return updated == 1 ? Optional.of(until) : Optional.empty();
    }

    /** Hands the job back without a result (unexpected error); it runs again after {@code retryIn}. */
    @Transactional
    public void release(UUID id, String owner, Duration retryIn) {
        em.createNativeQuery("""
                update provisioning_job set lease_owner = null, lease_until = null, next_run_at = ?1,
                       version = version + 1
                 where id = ?2 and lease_owner = ?3
                """).setParameter(1, Instant.now().plus(retryIn)).setParameter(2, id).setParameter(3, owner)
                .executeUpdate();
    }

    /**
     * Makes the jobs a previous run of the same named instance held claimable now instead of when their leases run
     * out. Only safe because an instance id names one process at a time ({@code PROVISIONING_INSTANCE_ID} must be
     * unique per running instance): whoever held these leases is gone.
     */
    @Transactional
    public int reclaimPreviousRun(String instanceId) {
        return em.createNativeQuery("""
                update provisioning_job set lease_until = now() - interval '1 second', version = version + 1
                 where lease_owner like ?1 and lease_until > now()
                """).setParameter(1, instanceId + "/%").executeUpdate();
    }

    /**
     * Forgets the in-flight work of a stopped instance the way a crash would: its leases stay until they expire,
     * but results its threads still try to record are dropped.
     */
    @Transactional
    public int abandonLeases(String instanceId) {
        return em.createNativeQuery("""
                update provisioning_job set lease_owner = 'abandoned:' || lease_owner where lease_owner like ?1
                """).setParameter(1, instanceId + "/%").executeUpdate();
    }
}
