package id.gamestore.provisioning.placement;

import java.util.Collection;

import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;

/** Whether a package fits on a node, counting what other jobs have reserved but not yet created. */
public final class NodeFit {
    private NodeFit() {
    }

    public static boolean fits(PanelNode node, PackageMapping p, long reservedMemory, long reservedDisk,
            Collection<Long> reservedAllocations) {
        return why(node, p, reservedMemory, reservedDisk, reservedAllocations) == null;
    }

    /** @return null when it fits, else the reason in a few words */
    public static String why(PanelNode node, PackageMapping p, long reservedMemory, long reservedDisk,
            Collection<Long> reservedAllocations) {
        if (node.maintenance()) {
            return node.name() + ": in maintenance";
        }
        if (!p.locations().isEmpty() && !p.locations().contains(node.locationId())) {
            return node.name() + ": not in locations " + p.locations();
        }
        long memory = node.freeMemory() - reservedMemory;
        if (memory < p.memory()) {
            return node.name() + ": " + Math.max(0, memory) + " MiB memory free, needs " + p.memory();
        }
        long disk = node.freeDisk() - reservedDisk;
        if (disk < p.disk()) {
            return node.name() + ": " + Math.max(0, disk) + " MiB disk free, needs " + p.disk();
        }
        int free = freeAllocations(node, p, reservedAllocations).size();
        int needed = portsNeeded(p);
        if (free == 0) {
            return node.name() + ": no free allocation in ports " + (p.portRanges().isEmpty() ? "any" : p.portRanges());
        }
        if (free < needed) {
            return node.name() + ": " + free + " free allocation(s) in ports "
                    + (p.portRanges().isEmpty() ? "any" : p.portRanges()) + ", needs " + needed;
        }
        return null;
    }

    /**
     * How many allocations (ports) a server of the package gets: {@code allocations} when it is 1 or more (the
     * panel's {@code feature_limits.allocations} counts every allocation of the server, the primary included), else
     * 1 (the primary only).
     */
    public static int portsNeeded(PackageMapping p) {
        return p.allocations() == null || p.allocations() < 1 ? 1 : p.allocations();
    }

    public static java.util.List<PanelAllocation> freeAllocations(PanelNode node, PackageMapping p,
            Collection<Long> reservedAllocations) {
        return node.allocations().stream()
                .filter(a -> !a.assigned() && p.acceptsPort(a.port()) && !reservedAllocations.contains(a.id()))
                .toList();
    }
}
