package id.gamestore.provisioning.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.gamestore.contracts.events.LifecycleActionCompleted.BuildLimits;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.placement.AllocationReservations;
import id.gamestore.provisioning.placement.NodeCache;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.ServerBuild;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * CHANGE_BUILD: the target package's limits from the resource mapping, a capacity check on the server's own node for
 * what the change adds (memory and disk, with the node's overallocation, counting the other servers' limits and the
 * placements other jobs have reserved but not created, as placement does), then {@code PATCH servers/{id}/build}.
 * A change that adds nothing (a downgrade) always fits. Panel errors are thrown to the processor.
 */
@ApplicationScoped
public class BuildChange {
    private final PterodactylClient panel;
    private final ResourceMapping mapping;
    private final NodeCache nodes;
    private final AllocationReservations reservations;
    private final LifecycleService service;

    public BuildChange(PterodactylClient panel, ResourceMapping mapping, NodeCache nodes,
            AllocationReservations reservations, LifecycleService service) {
        this.panel = panel;
        this.mapping = mapping;
        this.nodes = nodes;
        this.reservations = reservations;
        this.service = service;
    }

    ActionOutcome run(LifecycleJob action, String owner) {
        Optional<PackageMapping> target = action.packageCode == null ? Optional.empty()
                : mapping.find(action.packageCode);
        if (target.isEmpty()) {
            return new ActionOutcome.Failed(LifecycleFailure.UNKNOWN_PACKAGE, "package " + action.packageCode
                    + " has no resource mapping (" + mapping.source() + "); server " + action.serverId + " unchanged");
        }
        Optional<ServerBuild> current = panel.serverBuild(action.serverId);
        if (current.isEmpty()) {
            return new ActionOutcome.Failed(LifecycleFailure.SERVER_MISSING,
                    "server " + action.serverId + " no longer exists on the panel");
        }
        String foreign = ServerCheck.notTheOrders(current.get(), action.orderId);
        if (foreign != null) {
            return new ActionOutcome.Failed(LifecycleFailure.PANEL_REJECTED, foreign);
        }
        PackageMapping p = target.get();
        ServerBuild now = current.get();
        String noRoom = noRoom(now, p);
        if (noRoom != null) {
            return new ActionOutcome.Failed(LifecycleFailure.NO_CAPACITY, noRoom);
        }
        if (!service.renewLease(action.id, owner)) {
            return new ActionOutcome.LeaseLost();
        }
        ServerBuild updated = panel.updateBuild(now.withLimits(p.memory(), p.swap(), p.disk(), p.ioOrDefault(),
                p.cpu(), p.databases(), p.allocations(), p.backups()));
        nodes.invalidate();
        return new ActionOutcome.Completed(false, new BuildLimits(action.packageCode, (int) updated.memory(),
                (int) updated.cpu(), (int) updated.disk()), "build of server " + action.serverId + " changed to "
                + action.packageCode + ": memory " + now.memory() + " -> " + updated.memory() + " MiB, cpu "
                + now.cpu() + " -> " + updated.cpu() + " %, disk " + now.disk() + " -> " + updated.disk() + " MiB",
                null);
    }

    /** @return null when the node has room for what the change adds, else what is free and what is needed */
    private String noRoom(ServerBuild now, PackageMapping p) {
        long moreMemory = p.memory() - now.memory();
        long moreDisk = p.disk() - now.disk();
        if (moreMemory <= 0 && moreDisk <= 0) {
            return null;
        }
        List<PanelNode> all = nodes.fresh();
        PanelNode node = all.stream().filter(n -> n.id() == now.nodeId()).findFirst().orElse(null);
        if (node == null) {
            return "node " + now.nodeId() + " of server " + now.id() + " is not on the panel; build not changed";
        }
        Set<Long> assigned = node.allocations().stream().filter(PanelAllocation::assigned).map(PanelAllocation::id)
                .collect(Collectors.toSet());
        List<AllocationReservations.Held> held = reservations.heldByOthers(UUID.randomUUID()).stream()
                .filter(h -> h.nodeId() == node.id() && !assigned.contains(h.allocationId())).toList();
        long freeMemory = node.freeMemory() - held.stream().mapToLong(AllocationReservations.Held::memory).sum();
        long freeDisk = node.freeDisk() - held.stream().mapToLong(AllocationReservations.Held::disk).sum();
        StringBuilder why = new StringBuilder();
        if (moreMemory > 0 && moreMemory > freeMemory) {
            why.append(Math.max(0, freeMemory)).append(" MiB memory free, needs ").append(moreMemory)
                    .append(" more (").append(now.memory()).append(" -> ").append(p.memory()).append(')');
        }
        if (moreDisk > 0 && moreDisk > freeDisk) {
            why.append(why.isEmpty() ? "" : "; ").append(Math.max(0, freeDisk)).append(" MiB disk free, needs ")
                    .append(moreDisk).append(" more (").append(now.disk()).append(" -> ").append(p.disk()).append(')');
        }
        return why.isEmpty() ? null : "node " + node.name() + " (id " + node.id() + ") of server " + now.id() + ": "
                + why + "; build not changed";
    }
}
