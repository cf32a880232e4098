package id.gamestore.provisioning.saga;

import java.time.Duration;
import java.util.function.Consumer;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;

/** What one run of a step decided; the job service records it. */
public sealed interface StepOutcome {

    /** The step is done; {@code changes} records what it produced. */
    record Advanced(Consumer<ProvisioningJob> changes, String detail) implements StepOutcome {
    }

    /** Not done yet and nothing is wrong (install still running): run again after {@code delay}. */
    record Waiting(Duration delay, String detail) implements StepOutcome {
    }

    /** A transient error: run the step again after {@code delay} (counts against the retry budget). */
    record Retry(Duration delay, String error) implements StepOutcome {
    }

    /** A permanent failure: compensate and fail the job. */
    record Failed(FailureReason reason, String detail) implements StepOutcome {
    }

    /** Go back to an earlier step (the chosen allocation was taken by someone else). */
    record Redo(JobStep step, String detail) implements StepOutcome {
    }
}
