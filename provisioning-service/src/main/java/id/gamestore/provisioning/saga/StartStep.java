package id.gamestore.provisioning.saga;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends the start signal (client API) after CONFIGURE wrote the package's initial files, for a package that
 * auto-starts ({@link StepPlan}; without files the panel starts the server itself, {@code start_on_completion}).
 * The server is installed and usable either way, so a start the panel refuses for good does not fail the order: the
 * job remembers it ({@code startRefused}), so the completed event says the server is not running and the customer's
 * message tells them how to press Start. Transient errors retry.
 */
@ApplicationScoped
public class StartStep implements SagaStep {
    private static final Logger LOG = Logger.getLogger(StartStep.class);

    private final PterodactylClient panel;

    public StartStep(PterodactylClient panel) {
        this.panel = panel;
    }

    @Override
    public JobStep step() {
        return JobStep.START;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        try {
            panel.start(job.serverIdentifier);
            return new StepOutcome.Advanced(j -> { }, "start signal sent");
        } catch (PanelException e) {
            if (e.isTransient()) {
                throw e;
            }
            LOG.warnf("server %s not started automatically: %s", job.serverIdentifier, e.getMessage());
            return new StepOutcome.Advanced(j -> j.startRefused = true,
                    "start refused, customer starts it: " + e.getMessage());
        }
    }
}
