package id.gamestore.provisioning.saga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.job.JobAllocation;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.EggCatalog;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.placement.NodeCache;
import id.gamestore.provisioning.pterodactyl.NewServer;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelEgg;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelServer;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Creates the server with external_id = the order's, every egg variable filled (the port of the additional
 * allocation the package's {@code ports} gives it, else the package's value, else the egg's default), the reserved
 * primary allocation and the additional ones. No lookup first: "creating" is committed before the call, and only a
 * later run (after a timeout, dropped connection or crash) or a refusal of the external id looks the server up by
 * external_id and adopts it, with the allocations the panel gave it, instead of creating another. A refusal of the
 * user (the customer's recorded panel user was deleted by hand) sends the job back to ENSURE_USER without that
 * record; a refusal of an allocation marks the node cache stale and places again. The panel's answer corrects the
 * node cache. Compensation force-deletes the server found by that external_id, which frees all of its allocations.
 */
@ApplicationScoped
public class CreateServerStep implements SagaStep {
    private final PterodactylClient panel;
    private final EggCatalog eggs;
    private final StepRecorder jobs;
    private final StepPlan plan;
    private final NodeCache nodes;
    private final CustomerAccounts accounts;
    private final BenchConfig bench;

    public CreateServerStep(PterodactylClient panel, EggCatalog eggs, StepRecorder jobs, StepPlan plan, NodeCache nodes,
            CustomerAccounts accounts, BenchConfig bench) {
        this.panel = panel;
        this.eggs = eggs;
        this.jobs = jobs;
        this.plan = plan;
        this.nodes = nodes;
        this.accounts = accounts;
        this.bench = bench;
    }

    @Override
    public JobStep step() {
        return JobStep.CREATE_SERVER;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        String externalId = ProvisioningJob.serverExternalId(job.orderId);
        if (job.serverCreating || bench.lookupBeforeCreate()) {
            Optional<PanelServer> existing = panel.serverByExternalId(externalId);
            if (existing.isPresent()) {
                return adopt(existing.get(), job, pkg, "adopted the server an earlier attempt created");
            }
        }
        Optional<PanelEgg> egg = eggs.egg(pkg.nest(), pkg.egg());
        if (egg.isEmpty()) {
            return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR,
                    "egg " + pkg.egg() + " of nest " + pkg.nest() + " does not exist");
        }
        Map<String, String> portValues = new LinkedHashMap<>();
        List<JobAllocation> additional = job.additionalAllocations();
        for (Map.Entry<String, Integer> e : pkg.ports().entrySet()) {
            if (egg.get().variables().stream().noneMatch(v -> v.envVariable().equals(e.getKey()))) {
                return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + ": ports." + e.getKey() + " names no variable of egg " + pkg.egg());
            }
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > additional.size()) {
                return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + ": ports." + e.getKey() + " = " + e.getValue() + " but the job holds " + additional.size()
                        + " additional allocation(s)");
            }
            portValues.put(e.getKey(), Integer.toString(additional.get(e.getValue() - 1).port()));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (PanelEgg.EggVariable v : egg.get().variables()) {
            String value = portValues.getOrDefault(v.envVariable(),
                    pkg.environment().getOrDefault(v.envVariable(), v.defaultValue()));
            if (v.required() && (value == null || value.isBlank())) {
                return new StepOutcome.Failed(FailureReason.CONFIGURATION_ERROR, "package " + job.pkg().code()
                        + ": required egg variable " + v.envVariable() + " has no value");
            }
            environment.put(v.envVariable(), value == null ? "" : value);
        }
        jobs.markServerCreating(job.id, owner);
        NewServer request = new NewServer(externalId, name(job), job.serverDescription(pkg), job.panelUserId,
                pkg.egg(), blankToNull(pkg.dockerImage()) == null ? egg.get().dockerImage() : pkg.dockerImage(),
                blankToNull(pkg.startup()) == null ? egg.get().startup() : pkg.startup(), environment,
                new NewServer.Limits(pkg.memory(), pkg.swap(), pkg.disk(), pkg.ioOrDefault(), pkg.cpu(),
                        pkg.databases(), pkg.allocations(), pkg.backups()),
                job.allocationId, additional.stream().map(JobAllocation::allocationId).toList(),
                plan.startsOnCompletion(job.pkg().code()));
        try {
            PanelServer created = panel.createServer(request);
            List<Long> taken = new ArrayList<>(List.of(created.allocationId()));
            additional.forEach(a -> taken.add(a.allocationId()));
            nodes.created(created.nodeId(), taken, pkg.memory(), pkg.disk());
            return adopt(created, job, pkg, "created");
        } catch (PanelException e) {
            if (e.isValidation("external_id", "unique")) {
                return adopt(panel.serverByExternalId(externalId).orElseThrow(() -> e), job, pkg,
                        "adopted after the panel reported the external id taken");
            }
            if (e.status() == 422 && "user".equals(e.sourceField())) {
                accounts.forget(job.customer().customerId(), job.panelUserId);
                return new StepOutcome.Redo(JobStep.ENSURE_USER, "the panel refused user " + job.panelUserId
                        + " (" + e.detail() + "): deleted by hand? setting up the customer's login again");
            }
            if (e.status() == 422 && e.sourceField() != null && e.sourceField().startsWith("allocation.")) {
                nodes.invalidate();
                return new StepOutcome.Redo(JobStep.PLACE, e.sourceField() + " (allocation " + job.allocationId
                        + (additional.isEmpty() ? "" : " + " + additional.size() + " additional")
                        + ") was taken by someone else; choosing again");
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

    private static StepOutcome adopt(PanelServer server, ProvisioningJob job, PackageMapping pkg, String how) {
        List<JobAllocation> adopted = adoptedAllocations(server, job, pkg);
        return new StepOutcome.Advanced(j -> {
            j.serverId = server.id();
            j.serverUuid = server.uuid();
            j.serverIdentifier = server.identifier();
            j.serverName = server.name();
            j.serverCreating = true;
            if (adopted != null) {
                PanelAllocation primary = server.allocations().stream()
                        .filter(a -> a.id() == server.allocationId()).findFirst().orElseThrow();
                j.nodeId = server.nodeId();
                j.allocationId = primary.id();
                j.serverIp = primary.publicAddress();
                j.serverPort = primary.port();
                j.additionalAllocations(adopted);
            }
        }, "server " + server.id() + " (" + server.identifier() + ") " + how
                + (adopted == null ? "" : "; its allocations differ from the job's placement, taking the panel's"));
    }

    /**
     * The server's additional allocations as the panel reports them, when they are not the ones the job placed (the
     * panel is the truth for a server an earlier attempt created); null when they match or were not reported.
     * Purposes are kept for allocations the job knew, the others are given the package's ports by position.
     */
    static List<JobAllocation> adoptedAllocations(PanelServer server, ProvisioningJob job, PackageMapping pkg) {
        if (server.allocations().stream().noneMatch(a -> a.id() == server.allocationId())) {
            return null;
        }
        List<JobAllocation> known = job.additionalAllocations();
        Set<Long> onServer = server.allocations().stream().map(PanelAllocation::id)
                .filter(id -> id != server.allocationId()).collect(Collectors.toSet());
        Set<Long> placed = known.stream().map(JobAllocation::allocationId).collect(Collectors.toSet());
        if (job.allocationId != null && job.allocationId == server.allocationId() && onServer.equals(placed)) {
            return null;
        }
        List<PanelAllocation> others = new ArrayList<>(server.allocations().stream()
                .filter(a -> a.id() != server.allocationId()).toList());
        others.sort(Comparator.<PanelAllocation>comparingInt(a -> placed.contains(a.id()) ? 0 : 1)
                .thenComparingInt(PanelAllocation::port));
        return PlaceStep.withPurposes(others, pkg);
    }

    private static String name(ProvisioningJob job) {
        PackageRef pkg = job.pkg();
        String name = pkg.name() + " #" + job.orderId;
        return name.length() > 191 ? name.substring(0, 191) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
