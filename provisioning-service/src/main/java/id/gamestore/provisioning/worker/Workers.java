package id.gamestore.provisioning.worker;

import java.util.UUID;

import id.gamestore.provisioning.job.JobLeases;
import id.gamestore.provisioning.job.JobStore;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.saga.SagaRunner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.smallrye.context.api.NamedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Starts this instance's worker pool ({@code PROVISIONING_WORKERS} workers on a Quarkus-managed executor) and
 * builds extra pools on demand. (The renamed {@code PROVISIONING_QUEUE_SIZE} is refused by {@link RenamedSettings}.)
 */
@ApplicationScoped
public class Workers {
    private static final Logger LOG = Logger.getLogger(Workers.class);
    private final ProvisioningConfig config;
    private final WorkerConfig workers;
    private final JobLeases leases;
    private final SagaRunner runner;
    private final Counter recovered;
    private final ManagedExecutor executor;
    private final String instanceId;
    private WorkerPool pool;

    public Workers(ProvisioningConfig config, WorkerConfig workers, JobLeases leases, SagaRunner runner,
            MeterRegistry registry,
            @ManagedExecutorConfig(propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            @NamedInstance("provisioning-workers") ManagedExecutor executor) {
        this.executor = executor;
        this.config = config;
        this.workers = workers;
        this.leases = leases;
        this.runner = runner;
        this.recovered = Counter.builder("provisioning.jobs.recovered")
                .description("Jobs resumed after their worker stopped").register(registry);
        this.instanceId = config.instanceId().filter(s -> !s.isBlank())
                .orElse("i-" + UUID.randomUUID().toString().substring(0, 8));
    }

    void onStart(@Observes StartupEvent event) {
        if (config.instanceId().filter(s -> !s.isBlank()).isPresent()) {
            int reclaimed = leases.reclaimPreviousRun(instanceId);
            if (reclaimed > 0) {
                LOG.infof("instance %s restarted: resuming %d job(s) its previous run held", instanceId, reclaimed);
            }
        }
        pool = newPool(instanceId, workers.workers());
        if (workers.workersAutostart()) {
            pool.start();
        }
    }

    /** A new job was committed: an idle worker takes it now instead of at its next idle poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStore.JobQueued queued) {
        WorkerPool current = pool;
        if (current != null) {
            current.wake();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        pool.stop();
    }

    public WorkerPool pool() {
        return pool;
    }

    /** Replaces this instance's pool with a fresh one under a new instance id, as a restarted process would. */
    public synchronized WorkerPool restart() {
        pool.stop();
        pool = newPool("i-" + UUID.randomUUID().toString().substring(0, 8), workers.workers());
        pool.start();
        return pool;
    }

    /** Starts a fresh pool after {@link WorkerPool#halt()}: the halted one's leases stay until they expire. */
    public synchronized WorkerPool replaceHalted() {
        pool = newPool("i-" + UUID.randomUUID().toString().substring(0, 8), workers.workers());
        pool.start();
        return pool;
    }

    /** A pool with its own instance id (a second instance in the same process, as tests and benchmarks use). */
    public WorkerPool newPool(String id, int size) {
        return new WorkerPool(id, size, workers.workerIdlePoll(), leases, runner, recovered, executor);
    }

    public double recoveredCount() {
        return recovered.count();
    }
}
