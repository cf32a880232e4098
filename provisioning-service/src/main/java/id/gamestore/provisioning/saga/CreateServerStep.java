package id.gamestore.provisioning.saga;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.EggCatalog;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.NewServer;
import id.gamestore.provisioning.pterodactyl.PanelEgg;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelServer;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Creates the server with external_id = the order's, every egg variable filled (package override, else the egg's
 * default), and the reserved allocation. "Creating" is committed before the call; a later run (after a timeout,
 * reset or crash) looks the server up by external_id and adopts it instead of creating another. Compensation
 * force-deletes the server found by that external_id.
 */
@ApplicationScoped
public class CreateServerStep implements SagaStep {
    private final PterodactylClient panel;
    private final EggCatalog eggs;
    private final StepRecorder jobs;
    private final StepPlan plan;

    public CreateServerStep(PterodactylClient panel, EggCatalog eggs, StepRecorder jobs, StepPlan plan) {
        this.panel = panel;
        this.eggs = eggs;
        this.jobs = jobs;
        this.plan = plan;
    }

    @Override
    public JobStep step() {
        return JobStep.CREATE_SERVER;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        String externalId = ProvisioningJob.serverExternalId(job.orderId);
        if (job.serverCreating) {
            Optional<PanelServer> existing = panel.serverByExternalId(externalId);
            if (existing.isPresent()) {
                return adopt(existing.get(), "adopted the server an earlier attempt created");
            }
        }
        Optional<PanelEgg> egg = eggs.egg(pkg.nest(), pkg.egg());
        if (egg.isEmpty()) {
            return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR,
                    "egg " + pkg.egg() + " of nest " + pkg.nest() + " does not exist");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (PanelEgg.EggVariable v : egg.get().variables()) {
            String value = pkg.environment().getOrDefault(v.envVariable(), v.defaultValue());
            if (v.required() && (value == null || value.isBlank())) {
                return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + ": required egg variable " + v.envVariable() + " has no value");
            }
            environment.put(v.envVariable(), value == null ? "" : value);
        }
        jobs.markServerCreating(job.id, owner);
        NewServer request = new NewServer(externalId, name(job), description(job), job.panelUserId, pkg.egg(),
                blankToNull(pkg.dockerImage()) == null ? egg.get().dockerImage() : pkg.dockerImage(),
                blankToNull(pkg.startup()) == null ? egg.get().startup() : pkg.startup(), environment,
                new NewServer.Limits(pkg.memory(), pkg.swap(), pkg.disk(), pkg.ioOrDefault(), pkg.cpu(),
                        pkg.databases(), pkg.allocations(), pkg.backups()),
                job.allocationId, plan.startsOnCompletion(job.pkg().code()));
        try {
            return adopt(panel.createServer(request), "created");
        } catch (PanelException e) {
            if (e.isValidation("external_id", "unique")) {
                return adopt(panel.serverByExternalId(externalId).orElseThrow(() -> e),
                        "adopted after the panel reported the external id taken");
            }
            if (e.status() == 422 && "allocation.default".equals(e.sourceField())) {
                return new StepOutcome.Redo(JobStep.PLACE, "allocation " + job.allocationId
                        + " was taken by someone else; choosing another");
            }
            throw e;
        }
    }

    @Override
    public void compensate(ProvisioningJob job) {
        if (!job.serverCreating && job.serverId == null) {
            return;
        }
        panel.serverByExternalId(ProvisioningJob.serverExternalId(job.orderId))
                .ifPresent(server -> panel.forceDeleteServer(server.id()));
    }

    private static StepOutcome adopt(PanelServer server, String how) {
        return new StepOutcome.Advanced(job -> {
            job.serverId = server.id();
            job.serverUuid = server.uuid();
            job.serverIdentifier = server.identifier();
            job.serverName = server.name();
            job.serverCreating = true;
        }, "server " + server.id() + " (" + server.identifier() + ") " + how);
    }

    private static String name(ProvisioningJob job) {
        PackageRef pkg = job.pkg();
        String name = pkg.name() + " #" + job.orderId;
        return name.length() > 191 ? name.substring(0, 191) : name;
    }

    private static String description(ProvisioningJob job) {
        Customer customer = job.customer();
        PackageRef pkg = job.pkg();
        String text = "Order " + job.orderId + " for " + customer.name() + ", package " + pkg.code() + ", "
                + pkg.durationMonths() + " month(s)";
        return text.length() > 191 ? text.substring(0, 191) : text;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
