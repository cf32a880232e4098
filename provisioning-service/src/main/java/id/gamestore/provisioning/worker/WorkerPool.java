package id.gamestore.provisioning.worker;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.JobLeases;
import id.gamestore.provisioning.saga.SagaRunner;
import io.micrometer.core.instrument.Counter;

/**
 * {@code size} workers that each claim a due job from the database, run it one step, and repeat. They run on the
 * Quarkus-managed executor they are given (no threads of their own). Every pool has an instance id that owns the
 * leases it takes; another pool (in this or another process) resumes a job whose lease ran out.
 */
public class WorkerPool {
    private static final Logger LOG = Logger.getLogger(WorkerPool.class);

    private final String instanceId;
    private final int size;
    private final Duration idlePoll;
    private final JobLeases leases;
    private final SagaRunner runner;
    private final Counter recovered;
    private final Executor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Permits for idle workers to look for a job before their idle poll ends (a new job was queued). */
    private final Semaphore wakeups = new Semaphore(0);
    /** The executor threads currently running one of this pool's workers; guarded by itself. */
    private final Set<Thread> threads = new HashSet<>();
    private CountDownLatch finished = new CountDownLatch(0);

    public WorkerPool(String instanceId, int size, Duration idlePoll, JobLeases leases, SagaRunner runner,
            Counter recovered, Executor executor) {
        this.instanceId = instanceId;
        this.size = size;
        this.idlePoll = idlePoll;
        this.leases = leases;
        this.runner = runner;
        this.recovered = recovered;
        this.executor = executor;
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        finished = new CountDownLatch(size);
        for (int i = 0; i < size; i++) {
            String owner = instanceId + "/" + i;
            executor.execute(() -> work(owner));
        }
        LOG.infof("worker pool %s started with %d workers", instanceId, size);
    }

    /** Graceful stop: workers finish their current step and hand the job back (interrupted after 30 s). */
    public synchronized void stop() {
        if (!running.getAndSet(false)) {
            return;
        }
        try {
            if (!finished.await(30, TimeUnit.SECONDS)) {
                interruptWorkers();
            }
        } catch (InterruptedException e) {
            interruptWorkers();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops like a killed process would: workers are interrupted mid-step and the leases they hold stay in the
     * database until they expire. Used to prove recovery.
     */
    public synchronized void halt() {
        running.set(false);
        leases.abandonLeases(instanceId);
        interruptWorkers();
    }

    /** A job was queued: one idle worker looks for it now. */
    public void wake() {
        if (wakeups.availablePermits() < size) {
            wakeups.release();
        }
    }

    public String instanceId() {
        return instanceId;
    }

    private void work(String owner) {
        Thread self = Thread.currentThread();
        synchronized (threads) {
            threads.add(self);
        }
        try {
            loop(owner);
        } finally {
            synchronized (threads) {
                threads.remove(self);
            }
            Thread.interrupted(); // the executor's thread goes back to its pool without this pool's interrupt
            finished.countDown();
        }
    }

    private void interruptWorkers() {
        synchronized (threads) {
            threads.forEach(Thread::interrupt);
        }
    }

    private void loop(String owner) {
        while (running.get() && !Thread.currentThread().isInterrupted()) {
            try {
                Optional<JobLeases.Claim> claim = leases.claim(owner);
                if (claim.isEmpty()) {
                    wakeups.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
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
