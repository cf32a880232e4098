package id.gamestore.provisioning.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelServer;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Polls the server's status from the database-driven worker (no broker message is held): null means installed,
 * install_failed is permanent, and the startup deadline ends in INSTALL_TIMEOUT. The poll interval grows with the
 * time spent waiting. Nothing to compensate: the server step removes the server.
 */
@ApplicationScoped
public class WaitInstallStep implements SagaStep {
    private final PterodactylClient panel;
    private final SagaConfig config;

    public WaitInstallStep(PterodactylClient panel, SagaConfig config) {
        this.panel = panel;
        this.config = config;
    }

    @Override
    public JobStep step() {
        return JobStep.WAIT_INSTALL;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Optional<PanelServer> server = panel.server(job.serverId);
        if (server.isEmpty()) {
            return new StepOutcome.Failed(FailureReason.PANEL_REJECTED,
                    "server " + job.serverId + " disappeared from the panel during installation");
        }
        if (server.get().installed()) {
            return new StepOutcome.Advanced(j -> { }, "installed");
        }
        if (server.get().installFailed()) {
            return new StepOutcome.Failed(FailureReason.INSTALL_FAILED,
                    "install script failed: status " + server.get().status());
        }
        Instant now = Instant.now();
        if (job.installDeadline != null && now.isAfter(job.installDeadline)) {
            return new StepOutcome.Failed(FailureReason.INSTALL_TIMEOUT, "still " + server.get().status()
                    + " after " + config.startupTimeout().toSeconds() + " s");
        }
        return new StepOutcome.Waiting(nextPoll(job, now), "status " + server.get().status());
    }

    private Duration nextPoll(ProvisioningJob job, Instant now) {
        Instant started = job.installDeadline == null ? now : job.installDeadline.minus(config.startupTimeout());
        Duration waited = Duration.between(started, now);
        Duration delay = waited.dividedBy(3);
        if (delay.compareTo(config.installPollInitial()) < 0) {
            delay = config.installPollInitial();
        }
        if (delay.compareTo(config.installPollMax()) > 0) {
            delay = config.installPollMax();
        }
        if (job.installDeadline != null && now.plus(delay).isAfter(job.installDeadline)) {
            delay = Duration.between(now, job.installDeadline).plusMillis(50);
        }
        return delay;
    }
}
