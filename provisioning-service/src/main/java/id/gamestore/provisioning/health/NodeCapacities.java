package id.gamestore.provisioning.health;

import java.util.List;

import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each node's room as the panel reports it now: one read of the nodes with their allocations. Shared by the capacity
 * endpoint (GET /api/admin/capacity) and the capacity report with its hourly snapshots.
 */
@ApplicationScoped
public class NodeCapacities {
    private final PterodactylClient panel;

    public NodeCapacities(PterodactylClient panel) {
        this.panel = panel;
    }

    /**
     * One node: memory and disk in MiB; a total is what the node may hold, overallocation included (the panel's
     * own figure when overallocation is unlimited); a free figure of {@link Long#MAX_VALUE} means unlimited.
     */
    public record NodeUsage(long nodeId, String name, long locationId, boolean maintenance, long memoryUsed,
            long memoryTotal, long memoryFree, long diskUsed, long diskTotal, long diskFree, long allocationsUsed,
            long allocationsTotal) {
        public long allocationsFree() {
            return allocationsTotal - allocationsUsed;
        }

        static NodeUsage of(PanelNode n) {
            long unassigned = n.unassignedAllocations();
            return new NodeUsage(n.id(), n.name(), n.locationId(), n.maintenance(), n.allocatedMemory(),
                    limit(n.memory(), n.memoryOverallocate()), n.freeMemory(), n.allocatedDisk(),
                    limit(n.disk(), n.diskOverallocate()), n.freeDisk(), n.allocations().size() - unassigned,
                    n.allocations().size());
        }

        private static long limit(long total, int overallocate) {
            return overallocate < 0 ? total : total * (100 + overallocate) / 100;
        }
    }

    /** Reads the panel now. @throws PanelException when it cannot be read */
    public List<NodeUsage> now() {
        return panel.nodesWithAllocations().stream().map(NodeUsage::of).toList();
    }
}
