package id.gamestore.provisioning.worker;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.JobLeases;
import id.gamestore.provisioning.saga.SagaRunner;
import io.micrometer.core.instrument.Counter;

/**
 * {@code size} threads that each claim a due job from the database, run it one step, and repeat. Every pool has
 * an instance id that owns the leases it takes; another pool (in this or another process) resumes a job whose
 * lease ran out.
 */
public class WorkerPool {
    private static final Logger LOG = Logger.getLogger(WorkerPool.class);

    private final String instanceId;
    private final int size;
    private final Duration idlePoll;
    private final JobLeases leases;
    private final SagaRunner runner;
    private final Counter recovered;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService executor;

    public WorkerPool(String instanceId, int size, Duration idlePoll, JobLeases leases, SagaRunner runner,
            Counter recovered) {
        this.instanceId = instanceId;
        this.size = size;
        this.idlePoll = idlePoll;
        this.leases = leases;
        this.runner = runner;
        this.recovered = recovered;
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        executor = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "provisioning-worker-" + instanceId);
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < size; i++) {
            String owner = instanceId + "/" + i;
            executor.submit(() -> loop(owner));
        }
        LOG.infof("worker pool %s started with %d workers", instanceId, size);
    }

    /** Graceful stop: workers finish their current step and hand the job back. */
    public synchronized void stop() {
        if (!running.getAndSet(false)) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops like a killed process would: threads are interrupted mid-step and the leases they hold stay in the
     * database until they expire. Used to prove recovery.
     */
    public synchronized void halt() {
        running.set(false);
        leases.abandonLeases(instanceId);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    public String instanceId() {
        return instanceId;
    }

    private void loop(String owner) {
        while (running.get() && !Thread.currentThread().isInterrupted()) {
            try {
                Optional<JobLeases.Claim> claim = leases.claim(owner);
                if (claim.isEmpty()) {
                    Thread.sleep(idlePoll.toMillis());
                    continue;
                }
                if (claim.get().previousOwner() != null) {
                    recovered.increment();
                    LOG.infof("resuming job %s, stalled on %s", claim.get().jobId(), claim.get().previousOwner());
                }
                runner.run(claim.get().jobId(), owner, claim.get().leaseUntil());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warnf(e, "worker %s: unexpected error", owner);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(idlePoll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
