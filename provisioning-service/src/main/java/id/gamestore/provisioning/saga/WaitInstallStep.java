package id.gamestore.provisioning.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.ClientServer;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Polls the server's status from the database-driven worker (no broker message is held): null means installed,
 * install_failed is permanent, and the startup deadline ends in INSTALL_TIMEOUT. The first poll follows the create
 * at once (an install can be that quick), then the interval grows with the time spent waiting. Polls go to the
 * client API's server view when the client key is configured: its budget (720/min) is separate from the
 * application API's (240/min), which bounds how many servers a store delivers. Without a client key (or when the
 * client API does not show the server: a key whose owner cannot see it), one application list request answers
 * every job waiting at the time ({@link InstallBatch}).
 * Nothing to compensate: the server step removes the server.
 */
@ApplicationScoped
public class WaitInstallStep implements SagaStep {
    private final PterodactylClient panel;
    private final SagaConfig config;
    private final PanelConfig panelConfig;
    private final BenchConfig bench;
    private final InstallBatch installs;

    public WaitInstallStep(PterodactylClient panel, SagaConfig config, PanelConfig panelConfig, BenchConfig bench,
            InstallBatch installs) {
        this.panel = panel;
        this.config = config;
        this.panelConfig = panelConfig;
        this.bench = bench;
        this.installs = installs;
    }

    /** The panel's status of the server: null = installed. */
    private record Seen(String status) {
    }

    /**
     * What the panel says of the job's server; empty when the panel has no such server. The client API when its key
     * is configured; else (or when the client API does not show the server) one list request shared by every job
     * waiting at the time ({@link InstallBatch}); the benchmark's old way asks the application API per server.
     */
    private Optional<Seen> status(ProvisioningJob job) {
        if (bench.lookupBeforeCreate() || job.serverIdentifier == null) {
            return panel.server(job.serverId).map(s -> new Seen(s.status()));
        }
        if (panelConfig.clientApiKey().filter(k -> !k.isBlank()).isPresent()) {
            try {
                ClientServer view = panel.clientServer(job.serverIdentifier, panelConfig.readTimeout());
                String status = view.status() == null && view.installing() ? "installing" : view.status();
                return Optional.of(new Seen(status));
            } catch (PanelException e) {
                if (e.status() != 401 && e.status() != 403 && e.status() != 404) {
                    throw e;
                }
            }
        }
        InstallBatch.Seen listed = installs.status(job.serverIdentifier);
        return listed.present() ? Optional.of(new Seen(listed.status())) : Optional.empty();
    }

    @Override
    public JobStep step() {
        return JobStep.WAIT_INSTALL;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        StepOutcome outcome = decide(job);
        if (!(outcome instanceof StepOutcome.Waiting) && job.serverIdentifier != null) {
            installs.done(job.serverIdentifier);
        }
        return outcome;
    }

    private StepOutcome decide(ProvisioningJob job) {
        Optional<Seen> found = status(job);
        if (found.isEmpty()) {
            return new StepOutcome.Failed(FailureReason.PANEL_REJECTED,
                    "server " + job.serverId + " disappeared from the panel during installation");
        }
        String status = found.get().status();
        if (status == null) {
            return new StepOutcome.Advanced(j -> { }, "installed");
        }
        if (status.equals("install_failed") || status.equals("reinstall_failed")) {
            return new StepOutcome.Failed(FailureReason.INSTALL_FAILED, "install script failed: status " + status);
        }
        Instant now = Instant.now();
        if (job.installDeadline != null && now.isAfter(job.installDeadline)) {
            return new StepOutcome.Failed(FailureReason.INSTALL_TIMEOUT, "still " + status
                    + " after " + config.startupTimeout().toSeconds() + " s");
        }
        return new StepOutcome.Waiting(nextPoll(job, now), "status " + status);
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
