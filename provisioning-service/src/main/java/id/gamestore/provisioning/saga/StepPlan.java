package id.gamestore.provisioning.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which steps a job runs, and how its server starts. A package auto-starts when its {@code autoStart} says so, else
 * when {@code AUTO_START_SERVERS} does. Without initial files the panel starts the server itself when the install
 * finishes ({@code start_on_completion} on create), so no START step runs; with files, CONFIGURE writes them after
 * the install and START sends the start signal after that, so the first start already reads them. LOGIN always, last.
 */
@ApplicationScoped
public class StepPlan {
    private final ResourceMapping mapping;
    private final SagaConfig config;

    public StepPlan(ResourceMapping mapping, SagaConfig config) {
        this.mapping = mapping;
        this.config = config;
    }

    public List<JobStep> steps(ProvisioningJob job) {
        String code = job.pkg().code();
        List<JobStep> steps = new ArrayList<>(List.of(JobStep.ENSURE_USER, JobStep.PLACE, JobStep.CREATE_SERVER,
                JobStep.WAIT_INSTALL));
        boolean hasFiles = mapping.writesFiles(code);
        if (hasFiles) {
            steps.add(JobStep.CONFIGURE);
        }
        if (hasFiles && autoStart(code)) {
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

    /** Whether the package's servers are started for the customer. */
    public boolean autoStart(String packageCode) {
        Optional<PackageMapping> found = mapping.find(packageCode);
        if (found.isEmpty()) {
            return config.autoStart();
        }
        PackageMapping m = found.get();
        return m.autoStart() != null ? m.autoStart() : config.autoStart();
    }

    /** The panel starts the server when its install finishes: auto-start with no files to write first. */
    public boolean startsOnCompletion(String packageCode) {
        return autoStart(packageCode) && !mapping.writesFiles(packageCode);
    }
}
