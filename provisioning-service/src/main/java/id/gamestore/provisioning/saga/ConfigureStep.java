package id.gamestore.provisioning.saga;

import java.util.Map;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes the package's initial files (client API). Rewriting a file is harmless, so a retry is safe. */
@ApplicationScoped
public class ConfigureStep implements SagaStep {
    private final PterodactylClient panel;

    public ConfigureStep(PterodactylClient panel) {
        this.panel = panel;
    }

    @Override
    public JobStep step() {
        return JobStep.CONFIGURE;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        for (Map.Entry<String, String> file : pkg.files().entrySet()) {
            panel.writeFile(job.serverIdentifier, file.getKey(), file.getValue());
        }
        return new StepOutcome.Advanced(j -> { }, pkg.files().size() + " file(s) written");
    }
}
