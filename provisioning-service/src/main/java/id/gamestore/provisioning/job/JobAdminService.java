package id.gamestore.provisioning.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.provisioning.outbox.OutboxWriter;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** What admins may do to jobs; each action checks the state it needs and says why when it refuses. */
@ApplicationScoped
public class JobAdminService {
    private final OutboxWriter outbox;

    public JobAdminService(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Outcome of an admin action: the job after it, or why it was refused. */
    public record Result(ProvisioningJob job, String refusal) {
        static Result ok(ProvisioningJob job) {
            return new Result(job, null);
        }

        static Result refused(ProvisioningJob job, String why) {
            return new Result(job, why);
        }
    }

    @Transactional
    public List<ProvisioningJob> list(Optional<JobState> state, int page, int size) {
        Sort sort = Sort.descending("createdAt");
        return (state.isPresent() ? ProvisioningJob.<ProvisioningJob>find("state", sort, state.get())
                : ProvisioningJob.<ProvisioningJob>findAll(sort)).page(Page.of(page, size)).list();
    }

    @Transactional
    public long count(Optional<JobState> state) {
        return state.isPresent() ? ProvisioningJob.count("state", state.get()) : ProvisioningJob.count();
    }

    @Transactional
    public Optional<ProvisioningJob> find(String orderId) {
        return Optional.ofNullable(ProvisioningJob.byOrderId(orderId));
    }

    /**
     * The job row locked for an admin change: waits for a worker that is writing it, then sees its latest version,
     * so an admin action racing a step never fails with an optimistic-lock error (it used to answer 500).
     */
    private static Optional<ProvisioningJob> locked(String orderId) {
        return ProvisioningJob.find("orderId", orderId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    @Transactional
    public List<StepLogEntry> log(ProvisioningJob job) {
        return StepLogEntry.list("jobId", Sort.ascending("id"), job.id);
    }

    /** FAILED: start over (a new attempt, a new terminal event). COMPENSATION_FAILED: try the undo again. */
    @Transactional
    public Optional<Result> retry(String orderId) {
        return locked(orderId).map(job -> {
            if (job.state == JobState.FAILED) {
                reset(job);
                job.state = JobState.PENDING;
                job.currentStep = JobStep.ENSURE_USER;
                job.stepStatus = StepStatus.initial();
                StepLogEntry.of(job.id, "ADMIN", "RETRY", "retried by an admin", 0, "admin").persist();
                return Result.ok(job);
            }
            if (job.state == JobState.COMPENSATION_FAILED) {
                job.state = JobState.COMPENSATING;
                job.stepAttempts = 0;
                job.nextRunAt = Instant.now();
                job.finishedAt = null;
                StepLogEntry.of(job.id, "ADMIN", "RETRY", "compensation retried by an admin", 0, "admin").persist();
                return Result.ok(job);
            }
            return Result.refused(job, "only FAILED or COMPENSATION_FAILED jobs can be retried; this one is " + job.state);
        });
    }

    /** Not started: fails at once. Running: the worker undoes what was done at the next step boundary. */
    @Transactional
    public Optional<Result> cancel(String orderId) {
        return locked(orderId).map(job -> {
            if (job.state == JobState.ON_HOLD || job.state == JobState.PENDING) {
                job.state = JobState.FAILED;
                job.failureReason = FailureReason.CANCELLED.name();
                job.failedStep = job.currentStep.name();
                job.failureDetail = "cancelled by an admin before provisioning started";
                job.finishedAt = Instant.now();
                outbox.add(ProvisioningFailed.of(job.orderId, job.correlationId, job.id.toString(),
                        job.customer(), job.pkg(), FailureReason.CANCELLED, job.failedStep,
                        CustomerMessages.failure(FailureReason.CANCELLED), job.failureDetail, true));
                StepLogEntry.of(job.id, "ADMIN", "CANCELLED", job.failureDetail, 0, "admin").persist();
                return Result.ok(job);
            }
            if (job.state == JobState.RUNNING) {
                job.cancelRequested = true;
                job.nextRunAt = Instant.now();
                StepLogEntry.of(job.id, "ADMIN", "CANCEL_REQUESTED", "undo starts at the next step boundary", 0, "admin").persist();
                return Result.ok(job);
            }
            return Result.refused(job, "a job that is " + job.state + " cannot be cancelled");
        });
    }

    /** ON_HOLD (provisioning switched off): run it now. */
    @Transactional
    public Optional<Result> trigger(String orderId) {
        return locked(orderId).map(job -> {
            if (job.state != JobState.ON_HOLD) {
                return Result.refused(job, "only ON_HOLD jobs can be triggered; this one is " + job.state);
            }
            job.state = JobState.PENDING;
            job.nextRunAt = Instant.now();
            StepLogEntry.of(job.id, "ADMIN", "TRIGGERED", "released from hold by an admin", 0, "admin").persist();
            return Result.ok(job);
        });
    }

    private static void reset(ProvisioningJob job) {
        Instant now = Instant.now();
        job.attempts = 0;
        job.stepAttempts = 0;
        job.lastError = null;
        job.failureReason = null;
        job.failedStep = null;
        job.failureDetail = null;
        job.cancelRequested = false;
        job.deadline = null;
        job.installDeadline = null;
        job.nextRunAt = now;
        job.panelUserId = null;
        job.panelUsername = null;
        job.panelEmail = null;
        job.userCreating = false;
        job.userCreated = false;
        job.passwordIssued = false;
        job.passwordEnvelope = null;
        job.nodeId = null;
        job.allocationId = null;
        job.serverIp = null;
        job.serverPort = null;
        job.serverCreating = false;
        job.serverId = null;
        job.serverUuid = null;
        job.serverIdentifier = null;
        job.serverName = null;
        job.finishedAt = null;
        job.updatedAt = now;
    }
}
