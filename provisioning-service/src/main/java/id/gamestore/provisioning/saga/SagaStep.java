package id.gamestore.provisioning.saga;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;

/**
 * One saga step beside its compensation. {@link #execute} may throw
 * {@link id.gamestore.provisioning.pterodactyl.PanelException}; the runner classifies it. Both are idempotent: they
 * look things up by external_id before creating or deleting.
 */
public interface SagaStep {
    JobStep step();

    StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner);

    /** Undo what this job created in this step; a no-op when there is nothing of ours. */
    default void compensate(ProvisioningJob job) {
    }
}
