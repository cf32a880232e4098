package id.gamestore.provisioning.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.JobLeases;
import id.gamestore.provisioning.job.ProvisioningConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a worker does when a job's result could not be recorded. With the database up it hands the job back as
 * before (due again after the first retry delay). With the database down it keeps the job: no other worker can
 * claim it while the lease lasts, so this one retries with a capped backoff and, once the database answers and the
 * row still names it as the owner, renews the lease and runs the job on at once, instead of leaving it leased and
 * idle until the lease runs out. It gives up only when the lease would end by its own clock (less a margin for the
 * database's clock): from then on another worker may take the job over, so this one must no longer touch it.
 */
@ApplicationScoped
public class LeaseKeeper {
    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
    private static final long FIRST_PAUSE_MS = 250;

    private final JobLeases leases;
    private final ProvisioningConfig config;
    private final SagaConfig saga;

    public LeaseKeeper(JobLeases leases, ProvisioningConfig config, SagaConfig saga) {
        this.leases = leases;
        this.config = config;
        this.saga = saga;
    }

    /**
     * @param leaseUntil when this worker's lease on the job ends
     * @return the renewed end of the lease when the worker should run the job again now; empty when the job was
     *         handed back, taken over, or is left to expire
     */
    Optional<Instant> afterUnrecordedResult(UUID jobId, String owner, Instant leaseUntil) {
        try {
            leases.release(jobId, owner, config.retryInitialDelay());
            return Optional.empty();
        } catch (RuntimeException databaseDown) {
            LOG.warnf("job %s: database unavailable (%s); worker %s keeps the job until it answers again", jobId,
                    databaseDown.getClass().getSimpleName(), owner);
        }
        Instant giveUpAt = leaseUntil.minus(margin());
        long pause = FIRST_PAUSE_MS;
        int attempts = 0;
        while (true) {
            if (Instant.now().plusMillis(pause).isAfter(giveUpAt)) {
                LOG.warnf("job %s stays leased until its lease expires: the database did not answer within the "
                        + "lease (%d attempts)", jobId, attempts);
                return Optional.empty();
            }
            if (!sleep(pause)) {
                return Optional.empty();
            }
            pause = Math.min(pause * 2, saga.outageRetryMax().toMillis());
            attempts++;
            Optional<Instant> renewed;
            try {
                renewed = leases.renew(jobId, owner);
            } catch (RuntimeException stillDown) {
                continue;
            }
            if (renewed.isEmpty()) {
                LOG.warnf("job %s was taken over by another worker while the database was away", jobId);
            } else {
                LOG.infof("database answers again after %d attempts: worker %s carries on with job %s", attempts,
                        owner, jobId);
            }
            return renewed;
        }
    }

    /** Hands the job back without waiting for the database; if that fails too, the lease runs out on its own. */
    void handBack(UUID jobId, String owner) {
        try {
            leases.release(jobId, owner, config.retryInitialDelay());
        } catch (RuntimeException e) {
            LOG.warnf("job %s stays leased until its lease expires: %s", jobId, e.getClass().getSimpleName());
        }
    }

    /** Room left for the database's clock running ahead of ours: a tenth of the lease, at most 10 s. */
    private Duration margin() {
        Duration tenth = config.lease().dividedBy(10);
        return tenth.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : tenth;
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
