package id.gamestore.provisioning.saga;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.JobStore;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.job.StepLogEntry;
import id.gamestore.provisioning.job.StepStatus;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.placement.AllocationReservations;
import id.gamestore.support.retry.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What a step's result does to a job: the saga's transaction boundary. Every job change commits together with the
 * events it causes (outbox), and only the worker holding the job's lease may record a step's result.
 */
@ApplicationScoped
public class StepRecorder {
    private static final Logger LOG = Logger.getLogger(StepRecorder.class);

    private final JobStore store;
    private final ProvisioningConfig config;
    private final SagaConfig saga;
    private final OutboxWriter outbox;
    private final StepPlan plan;
    private final JobFinisher finisher;
    private final AllocationReservations reservations;

    public StepRecorder(JobStore store, ProvisioningConfig config, SagaConfig saga, OutboxWriter outbox,
            StepPlan plan, JobFinisher finisher, AllocationReservations reservations) {
        this.store = store;
        this.config = config;
        this.saga = saga;
        this.outbox = outbox;
        this.plan = plan;
        this.finisher = finisher;
        this.reservations = reservations;
    }

    /** PENDING to RUNNING: set the deadline and announce the start. */
    @Transactional
    public void start(UUID id, String owner) {
        ProvisioningJob job = store.leased(id, owner);
        if (job == null || job.state != JobState.PENDING) {
            return;
        }
        job.state = JobState.RUNNING;
        job.deadline = Instant.now().plus(config.timeout());
        job.updatedAt = Instant.now();
        outbox.add(ProvisioningStarted.of(job.orderId, job.correlationId, job.id.toString(), job.customer(),
                job.pkg()));
        log(job, job.currentStep.name(), "STARTED", null, 0, owner);
    }

    /** Written before the panel call that creates the user: the sealed password and the intent. */
    @Transactional
    public void markUserCreating(UUID id, String owner, String passwordEnvelope) {
        ProvisioningJob job = store.requireLease(id, owner);
        job.userCreating = true;
        job.passwordEnvelope = passwordEnvelope;
        job.updatedAt = Instant.now();
    }

    /** Written before the panel call that sets a new password on the customer's existing user. */
    @Transactional
    public void markPasswordIssuing(UUID id, String owner, String passwordEnvelope) {
        ProvisioningJob job = store.requireLease(id, owner);
        job.passwordEnvelope = passwordEnvelope;
        job.updatedAt = Instant.now();
    }

    /** Written before the panel call that creates the server. */
    @Transactional
    public void markServerCreating(UUID id, String owner) {
        ProvisioningJob job = store.requireLease(id, owner);
        job.serverCreating = true;
        job.updatedAt = Instant.now();
    }

    /** Records a step's outcome and hands the job back (lease released, next run time set). */
    @Transactional
    public void apply(UUID id, String owner, JobStep step, StepOutcome outcome, long durationMs) {
        ProvisioningJob job = store.leased(id, owner);
        if (job == null || job.state != JobState.RUNNING || job.currentStep != step) {
            LOG.warnf("result of %s dropped: the job moved on or another worker took it over", step);
            return;
        }
        Instant now = Instant.now();
        job.updatedAt = now;
        job.nextRunAt = now;
        if (outcome instanceof StepOutcome.Advanced advanced) {
            advanced.changes().accept(job);
            job.stepStatus = StepStatus.set(job.stepStatus, step, "DONE");
            job.stepAttempts = 0;
            job.lastError = null;
            log(job, step.name(), "DONE", advanced.detail(), durationMs, owner);
            if (step == JobStep.CREATE_SERVER) {
                reservations.settle(job.id);
                job.installDeadline = now.plus(saga.startupTimeout());
            }
            List<JobStep> steps = plan.steps(job);
            outbox.add(ProvisioningProgress.of(job.orderId, job.correlationId, job.id.toString(),
                    job.customer(), step.name(), steps.indexOf(step) + 1, steps.size(), step.customerMessage()));
            JobStep next = plan.next(job, step);
            if (next == JobStep.DONE) {
                finisher.complete(job);
            } else {
                job.currentStep = next;
            }
        } else if (outcome instanceof StepOutcome.Waiting waiting) {
            job.stepStatus = StepStatus.set(job.stepStatus, step, "WAITING");
            job.nextRunAt = now.plus(waiting.delay());
        } else if (outcome instanceof StepOutcome.Retry retry) {
            job.stepAttempts++;
            job.attempts++;
            job.lastError = retry.error();
            log(job, step.name(), "RETRY", retry.error(), durationMs, owner);
            if (job.stepAttempts > config.retryAttempts()) {
                beginCompensation(job, FailureReason.PANEL_UNAVAILABLE, step,
                        "gave up after " + job.stepAttempts + " attempts: " + retry.error(), owner);
            } else {
                job.stepStatus = StepStatus.set(job.stepStatus, step, "RETRYING");
                job.nextRunAt = now.plus(retry.delay());
            }
        } else if (outcome instanceof StepOutcome.Failed failed) {
            log(job, step.name(), "FAILED", failed.detail(), durationMs, owner);
            beginCompensation(job, failed.reason(), step, failed.detail(), owner);
        } else if (outcome instanceof StepOutcome.Redo redo) {
            log(job, step.name(), "REDO", redo.detail(), durationMs, owner);
            job.stepStatus = StepStatus.set(job.stepStatus, step, "PENDING");
            job.currentStep = redo.step();
            job.attempts++;
        }
        JobStore.release(job);
    }

    /** Stops the job for good (deadline, cancel) from the worker holding it. */
    @Transactional
    public void fail(UUID id, String owner, FailureReason reason, String detail) {
        ProvisioningJob job = store.leased(id, owner);
        if (job == null || job.state != JobState.RUNNING) {
            return;
        }
        log(job, job.currentStep.name(), "FAILED", detail, 0, owner);
        beginCompensation(job, reason, job.currentStep, detail, owner);
        JobStore.release(job);
    }

    /** Records the outcome of one compensation run. */
    @Transactional
    public void compensated(UUID id, String owner, Optional<String> error) {
        ProvisioningJob job = store.leased(id, owner);
        if (job == null || job.state != JobState.COMPENSATING) {
            return;
        }
        job.updatedAt = Instant.now();
        if (error.isEmpty()) {
            log(job, "COMPENSATE", "DONE", "everything this job created is removed", 0, owner);
            finisher.fail(job, true);
        } else {
            job.stepAttempts++;
            job.attempts++;
            job.lastError = error.get();
            log(job, "COMPENSATE", "RETRY", error.get(), 0, owner);
            if (job.stepAttempts > config.retryAttempts() * 2) {
                finisher.fail(job, false);
            } else {
                job.nextRunAt = Instant.now().plus(Backoff.delay(job.stepAttempts, config.retryInitialDelay(), config.retryMaxDelay(),
                    Optional.empty()));
            }
        }
        JobStore.release(job);
    }

    private void beginCompensation(ProvisioningJob job, FailureReason reason, JobStep step, String detail,
            String owner) {
        job.state = JobState.COMPENSATING;
        job.failureReason = reason.name();
        job.failedStep = step.name();
        job.failureDetail = detail;
        job.stepStatus = StepStatus.set(job.stepStatus, step, "FAILED");
        job.stepAttempts = 0;
        job.nextRunAt = Instant.now();
        LOG.infof("job %s fails with %s at %s; compensating (worker %s)", job.id, reason, step, owner);
    }

    private static void log(ProvisioningJob job, String step, String outcome, String detail, long durationMs,
            String owner) {
        StepLogEntry.of(job.id, step, outcome, detail, durationMs, owner).persist();
    }
}
