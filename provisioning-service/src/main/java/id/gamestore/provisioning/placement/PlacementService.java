package id.gamestore.provisioning.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses a node and a free allocation with one panel request: preferred nodes first (in the order given), then
 * the node with the most free memory; memory and disk counted with the panel's overallocation and with what other
 * jobs have reserved. The chosen allocation is reserved in the database before it is used.
 */
@ApplicationScoped
public class PlacementService {
    private final PterodactylClient panel;
    private final AllocationReservations reservations;

    public PlacementService(PterodactylClient panel, AllocationReservations reservations) {
        this.panel = panel;
        this.reservations = reservations;
    }

    public Placement place(UUID jobId, PackageMapping p) {
        List<PanelNode> nodes = new ArrayList<>(panel.nodesWithAllocations());
        reservations.release(jobId);
        List<AllocationReservations.Held> held = reservations.heldByOthers(jobId);
        Set<Long> heldAllocations = held.stream().map(AllocationReservations.Held::allocationId).collect(Collectors.toSet());
        nodes.sort(order(p));
        List<String> reasons = new ArrayList<>();
        for (PanelNode node : nodes) {
            long rMemory = held.stream().filter(h -> h.nodeId() == node.id()).mapToLong(AllocationReservations.Held::memory).sum();
            long rDisk = held.stream().filter(h -> h.nodeId() == node.id()).mapToLong(AllocationReservations.Held::disk).sum();
            String why = NodeFit.why(node, p, rMemory, rDisk, heldAllocations);
            if (why != null) {
                reasons.add(why);
                continue;
            }
            List<PanelAllocation> free = new ArrayList<>(NodeFit.freeAllocations(node, p, heldAllocations));
            Collections.shuffle(free);
            for (PanelAllocation a : free) {
                if (reservations.reserve(jobId, a.id(), node.id(), p.memory(), p.disk())) {
                    return new Placement(node.id(), a.id(), a.publicAddress(), a.port());
                }
            }
            reasons.add(node.name() + ": every free allocation was taken concurrently");
        }
        throw new NoCapacityException(reasons.isEmpty() ? "the panel has no nodes" : String.join("; ", reasons),
                !held.isEmpty());
    }

    private static Comparator<PanelNode> order(PackageMapping p) {
        return Comparator.<PanelNode>comparingInt(n -> {
            int i = p.preferredNodes().indexOf(n.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.comparingLong(PanelNode::freeMemory).reversed());
    }
}
