package id.gamestore.provisioning.saga;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.job.JobStore;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.LeaseLostException;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.placement.NoCapacityException;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.support.retry.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Runs one claimed job one step further: the current step, or one compensation pass. Classifies what went wrong:
 * transient panel trouble is rescheduled with backoff (the only retry layer), anything else is permanent. A result
 * that cannot be recorded is not a step failure: the job is handed back, or kept through a database outage.
 */
@ApplicationScoped
public class SagaRunner {
    private static final Logger LOG = Logger.getLogger(SagaRunner.class);
    /** Runs of one claim that may end unrecorded before the job is simply handed back (a flapping database). */
    private static final int MAX_PASSES = 5;

    private final JobStore jobs;
    private final StepRecorder recorder;
    private final LeaseKeeper keeper;
    private final ResourceMapping mapping;
    private final ProvisioningConfig config;
    private final Compensator compensator;
    private final MeterRegistry registry;
    private final Map<JobStep, SagaStep> steps = new EnumMap<>(JobStep.class);

    public SagaRunner(JobStore jobs, StepRecorder recorder, LeaseKeeper keeper, ResourceMapping mapping,
            ProvisioningConfig config, Compensator compensator, MeterRegistry registry, Instance<SagaStep> all) {
        this.jobs = jobs;
        this.recorder = recorder;
        this.keeper = keeper;
        this.mapping = mapping;
        this.config = config;
        this.compensator = compensator;
        this.registry = registry;
        all.forEach(s -> steps.put(s.step(), s));
    }

    /**
     * Runs the job one step further. When the result cannot be recorded because the database is away, the worker
     * keeps the job (see {@link LeaseKeeper}) and runs it again as soon as the database answers; a step already done
     * on the panel is found by its {@code external_id} then, not repeated.
     *
     * @param leaseUntil when this worker's lease on the job ends (this process's clock)
     */
    public void run(UUID jobId, String owner, Instant leaseUntil) {
        Instant lease = leaseUntil;
        try {
            for (int pass = 1; ; pass++) {
                try {
                    runOnce(jobId, owner);
                    return;
                } catch (LeaseLostException e) {
                    LOG.warnf("stopped working on job %s: %s", jobId, e.getMessage());
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("job %s: result not recorded (%s)", jobId, e.getClass().getSimpleName());
                    if (pass >= MAX_PASSES) {
                        keeper.handBack(jobId, owner);
                        return;
                    }
                    Optional<Instant> kept = keeper.afterUnrecordedResult(jobId, owner, lease);
                    if (kept.isEmpty()) {
                        return;
                    }
                    lease = kept.get();
                }
            }
        } finally {
            MDC.remove("orderId");
            MDC.remove("correlationId");
            MDC.remove("eventId");
        }
    }

    private void runOnce(UUID jobId, String owner) {
        ProvisioningJob job = jobs.load(jobId);
        MDC.put("orderId", job.orderId);
        MDC.put("correlationId", job.correlationId);
        MDC.put("eventId", String.valueOf(job.eventId));
        if (job.state == JobState.PENDING) {
            recorder.start(jobId, owner);
            job = jobs.load(jobId);
        }
        if (job.state == JobState.RUNNING) {
            runStep(job, owner);
        } else if (job.state == JobState.COMPENSATING) {
            Optional<String> error = compensator.compensate(job);
            recorder.compensated(jobId, owner, error);
        }
    }

    private void runStep(ProvisioningJob job, String owner) {
        if (job.cancelRequested) {
            recorder.fail(job.id, owner, FailureReason.CANCELLED, "cancelled by an admin at step " + job.currentStep);
            return;
        }
        boolean pastDeadline = job.deadline != null && Instant.now().isAfter(job.deadline);
        // Before the server exists the deadline ends the job at once. Once it exists, the step runs one more time
        // first: a server that finished installing while no worker was watching (the instance was down) is kept.
        if (pastDeadline && job.currentStep.compareTo(JobStep.WAIT_INSTALL) < 0) {
            recorder.fail(job.id, owner, FailureReason.PANEL_UNAVAILABLE, deadlineDetail(job));
            return;
        }
        Optional<PackageMapping> pkg = mapping.find(job.pkg().code());
        JobStep step = job.currentStep;
        long start = System.nanoTime();
        StepOutcome outcome = pkg.isEmpty()
                ? new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + " is not in the resource mapping " + mapping.source())
                : execute(steps.get(step), job, pkg.get(), owner);
        // LOGIN only waits for another order of the same customer to finish (it never waits once past the deadline
        // itself): failing then would throw away a server that is built and running.
        if (pastDeadline && step != JobStep.LOGIN
                && (outcome instanceof StepOutcome.Waiting || outcome instanceof StepOutcome.Retry)) {
            outcome = new StepOutcome.Failed(step == JobStep.WAIT_INSTALL ? FailureReason.INSTALL_TIMEOUT
                    : FailureReason.PANEL_UNAVAILABLE, deadlineDetail(job));
        }
        long nanos = System.nanoTime() - start;
        Timer.builder("provisioning.step.duration").tag("step", step.name())
                .tag("outcome", outcome.getClass().getSimpleName()).register(registry)
                .record(java.time.Duration.ofNanos(nanos));
        recorder.apply(job.id, owner, step, outcome, nanos / 1_000_000);
    }

    private String deadlineDetail(ProvisioningJob job) {
        return "job deadline of " + config.timeout().toSeconds() + " s passed at step " + job.currentStep
                + (job.lastError == null ? "" : "; last error: " + job.lastError);
    }

    private StepOutcome execute(SagaStep step, ProvisioningJob job, PackageMapping pkg, String owner) {
        try {
            return step.execute(job, pkg, owner);
        } catch (PanelException e) {
            if (e.isTransient()) {
                return new StepOutcome.Retry(Backoff.delay(job.stepAttempts + 1, config.retryInitialDelay(), config.retryMaxDelay(),
                    e.retryAfter()),
                        e.getMessage());
            }
            return new StepOutcome.Failed(FailureReason.PANEL_REJECTED, step.step() + ": " + e.getMessage());
        } catch (NoCapacityException e) {
            if (e.mayFreeUp() && job.stepAttempts < Math.min(3, config.retryAttempts())) {
                return new StepOutcome.Retry(Backoff.delay(job.stepAttempts + 1, config.retryInitialDelay(), config.retryMaxDelay(),
                    Optional.empty()),
                        "no capacity yet (other jobs hold reservations): " + e.getMessage());
            }
            return new StepOutcome.Failed(FailureReason.NO_CAPACITY, e.getMessage());
        } catch (LeaseLostException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "step %s hit an unexpected error; will retry", step.step());
            return new StepOutcome.Retry(Backoff.delay(job.stepAttempts + 1, config.retryInitialDelay(), config.retryMaxDelay(),
                    Optional.empty()),
                    "unexpected " + e.getClass().getSimpleName());
        }
    }
}
