package id.gamestore.provisioning.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses a node and every allocation the package needs from the cached nodes ({@link NodeCache}, no panel request
 * per order): preferred nodes first (in the order given), then the node with the most free memory; memory, disk and
 * free ports counted with the panel's overallocation and with what other jobs have reserved (a reservation whose
 * allocation the nodes already show assigned is counted by the panel's figures, not again). When nothing fits the
 * cached copy, the panel is read once more before the job is told so (capacity may have been added since). All
 * chosen allocations are on one node and reserved in the database, all or none, before they are used.
 */
@ApplicationScoped
public class PlacementService {
    /** How often one node's free allocations are tried again after another job claimed some of them first. */
    private static final int ATTEMPTS_PER_NODE = 5;

    private final NodeCache cache;
    private final AllocationReservations reservations;

    public PlacementService(NodeCache cache, AllocationReservations reservations) {
        this.cache = cache;
        this.reservations = reservations;
    }

    /** @param fresh read the panel's nodes for this order instead of the cached copy */
    public Placement place(UUID jobId, PackageMapping p, boolean fresh) {
        reservations.release(jobId);
        if (!fresh) {
            try {
                return place(jobId, p, cache.nodes());
            } catch (NoCapacityException e) {
                // the copy may predate added capacity: decide on what the panel says now
            }
        }
        return place(jobId, p, cache.fresh());
    }

    private Placement place(UUID jobId, PackageMapping p, List<PanelNode> current) {
        List<PanelNode> nodes = new ArrayList<>(current);
        Set<Long> assigned = nodes.stream().flatMap(n -> n.allocations().stream()).filter(PanelAllocation::assigned)
                .map(PanelAllocation::id).collect(Collectors.toSet());
        List<AllocationReservations.Held> held = uncounted(reservations.heldByOthers(jobId), assigned);
        boolean othersHeld = !held.isEmpty();
        nodes.sort(order(p));
        int needed = NodeFit.portsNeeded(p);
        List<String> reasons = new ArrayList<>();
        for (PanelNode node : nodes) {
            for (int attempt = 0; ; attempt++) {
                Set<Long> heldAllocations = held.stream().map(AllocationReservations.Held::allocationId)
                        .collect(Collectors.toSet());
                long rMemory = held.stream().filter(h -> h.nodeId() == node.id())
                        .mapToLong(AllocationReservations.Held::memory).sum();
                long rDisk = held.stream().filter(h -> h.nodeId() == node.id())
                        .mapToLong(AllocationReservations.Held::disk).sum();
                String why = NodeFit.why(node, p, rMemory, rDisk, heldAllocations);
                if (why != null) {
                    reasons.add(attempt == 0 ? why : why + " (taken concurrently)");
                    break;
                }
                if (attempt == ATTEMPTS_PER_NODE) {
                    reasons.add(node.name() + ": the free allocations were taken concurrently");
                    break;
                }
                List<PanelAllocation> chosen = PortPicker.pick(NodeFit.freeAllocations(node, p, heldAllocations),
                        needed, Boolean.TRUE.equals(p.consecutivePorts()));
                if (reservations.reserveAll(jobId, chosen.stream().map(PanelAllocation::id).toList(), node.id(),
                        p.memory(), p.disk())) {
                    PanelAllocation primary = chosen.get(0);
                    return new Placement(node.id(), primary.id(), primary.publicAddress(), primary.port(),
                            chosen.subList(1, chosen.size()), node.fqdn(), node.daemonSftp());
                }
                held = uncounted(reservations.heldByOthers(jobId), assigned);
                othersHeld = true;
            }
        }
        throw new NoCapacityException(reasons.isEmpty() ? "the panel has no nodes" : String.join("; ", reasons),
                othersHeld);
    }

    /** Reservations whose server the nodes do not show yet (not created, or created after the nodes were read). */
    private static List<AllocationReservations.Held> uncounted(List<AllocationReservations.Held> held,
            Set<Long> assigned) {
        return held.stream().filter(h -> !assigned.contains(h.allocationId())).toList();
    }

    private static Comparator<PanelNode> order(PackageMapping p) {
        return Comparator.<PanelNode>comparingInt(n -> {
            int i = p.preferredNodes().indexOf(n.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.comparingLong(PanelNode::freeMemory).reversed());
    }
}
