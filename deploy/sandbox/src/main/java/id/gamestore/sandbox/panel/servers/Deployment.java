package id.gamestore.sandbox.panel.servers;

import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Automatic deployment (section 5.5): viable nodes by public flag, location and memory/disk with over-allocation,
 * then a random free allocation among them within the port list/ranges, honouring dedicated IPs.
 * Call with the state lock held.
 */
public final class Deployment {
    private static final Pattern RANGE = Pattern.compile("^(\\d{4,5})-(\\d{4,5})$");
    private static final Pattern PORT = Pattern.compile("^\\d{4,5}$");
    private static final Random RANDOM = new SecureRandom();

    private Deployment() {
    }

    /** Nodes that can take {@code memory}/{@code disk} more in the given locations (empty = any). */
    public static List<Node> viableNodes(PanelState state, List<Integer> locations, long memory, long disk) {
        return state.nodes.values().stream()
                .filter(n -> n.isPublic)
                .filter(n -> locations.isEmpty() || locations.contains(n.locationId))
                .filter(n -> fits(state.allocatedMemory(n.id) + memory, n.memory, n.memoryOverallocate))
                .filter(n -> fits(state.allocatedDisk(n.id) + disk, n.disk, n.diskOverallocate))
                .collect(Collectors.toList());
    }

    static boolean fits(long used, long total, long overallocatePercent) {
        return used <= total * (1 + overallocatePercent / 100.0);
    }

    public static List<Node> requireNodes(PanelState state, List<Integer> locations, long memory, long disk) {
        List<Node> nodes = viableNodes(state, locations, memory, disk);
        if (nodes.isEmpty()) {
            throw ApiException.badRequest("NoViableNodeException",
                    "No nodes satisfying the requirements specified for automatic deployment could be found.");
        }
        return nodes;
    }

    /** A random unassigned allocation on one of {@code nodes}; 400 NoViableAllocationException when none. */
    public static Allocation pickAllocation(PanelState state, List<Node> nodes, List<String> portRange,
                                            boolean dedicatedIp) {
        Set<Integer> ports = new HashSet<>();
        List<int[]> ranges = new ArrayList<>();
        for (String item : portRange) {
            if (PORT.matcher(item).matches()) {
                ports.add(Integer.parseInt(item));
            }
            Matcher m = RANGE.matcher(item);
            if (m.matches()) {
                int start = Math.max(Integer.parseInt(m.group(1)), 1024);
                int end = Math.min(Integer.parseInt(m.group(2)), 65535);
                if (end - start + 1 > 1000) {
                    throw ApiException.display("Adding more than 1000 ports in a single range at once is not supported.");
                }
                ranges.add(new int[] {start, end});
            }
        }
        boolean anyPort = ports.isEmpty() && ranges.isEmpty();
        Set<Integer> nodeIds = nodes.stream().map(n -> n.id).collect(Collectors.toSet());
        Set<String> usedIps = state.allocations.values().stream().filter(Allocation::assigned)
                .map(a -> a.nodeId + "/" + a.ip).collect(Collectors.toSet());
        List<Allocation> free = state.allocations.values().stream()
                .filter(a -> !a.assigned() && nodeIds.contains(a.nodeId))
                .filter(a -> anyPort || ports.contains(a.port)
                        || ranges.stream().anyMatch(r -> a.port >= r[0] && a.port <= r[1]))
                .filter(a -> !dedicatedIp || !usedIps.contains(a.nodeId + "/" + a.ip))
                .collect(Collectors.toList());
        if (free.isEmpty()) {
            throw ApiException.badRequest("NoViableAllocationException",
                    "No allocations satisfying the requirements for automatic deployment were found.");
        }
        return free.get(RANDOM.nextInt(free.size()));
    }
}
