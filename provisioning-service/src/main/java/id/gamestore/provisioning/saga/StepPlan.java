package id.gamestore.provisioning.saga;

import java.util.ArrayList;
import java.util.List;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import jakarta.enterprise.context.ApplicationScoped;

/** Which steps a job runs: CONFIGURE only when the package has initial files, START only with AUTO_START_SERVERS;
 * LOGIN always, last. */
@ApplicationScoped
public class StepPlan {
    private final ResourceMapping mapping;
    private final SagaConfig config;

    public StepPlan(ResourceMapping mapping, SagaConfig config) {
        this.mapping = mapping;
        this.config = config;
    }

    public List<JobStep> steps(ProvisioningJob job) {
        List<JobStep> steps = new ArrayList<>(List.of(JobStep.ENSURE_USER, JobStep.PLACE, JobStep.CREATE_SERVER,
                JobStep.WAIT_INSTALL));
        boolean hasFiles = mapping.find(job.pkg().code()).map(PackageMapping::files).map(f -> !f.isEmpty())
                .orElse(false);
        if (hasFiles) {
            steps.add(JobStep.CONFIGURE);
        }
        if (config.autoStart()) {
            steps.add(JobStep.START);
        }
        steps.add(JobStep.LOGIN);
        return steps;
    }

    public JobStep next(ProvisioningJob job, JobStep current) {
        List<JobStep> steps = steps(job);
        int i = steps.indexOf(current);
        return i < 0 || i + 1 >= steps.size() ? JobStep.DONE : steps.get(i + 1);
    }
}
