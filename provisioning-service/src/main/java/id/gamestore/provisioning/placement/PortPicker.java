package id.gamestore.provisioning.placement;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import id.gamestore.provisioning.pterodactyl.PanelAllocation;

/**
 * Which of a node's free allocations one server gets. The choice is random (concurrent jobs rarely want the same
 * ports, so the reservation seldom has to be tried again); {@code consecutive} asks for a run of consecutive ports
 * on one IP, taken when the node has one, else the ports nearest to a random primary (same IP first).
 */
final class PortPicker {
    private static final Random RANDOM = new SecureRandom();

    private PortPicker() {
    }

    /** @return {@code count} allocations, the primary first and the additional ones by port; needs enough free */
    static List<PanelAllocation> pick(List<PanelAllocation> free, int count, boolean consecutive) {
        if (free.size() < count) {
            throw new IllegalArgumentException(free.size() + " free allocations, " + count + " needed");
        }
        if (consecutive && count > 1) {
            List<List<PanelAllocation>> runs = runs(free, count);
            if (!runs.isEmpty()) {
                return runs.get(RANDOM.nextInt(runs.size()));
            }
        }
        PanelAllocation primary = free.get(RANDOM.nextInt(free.size()));
        List<PanelAllocation> rest = free.stream().filter(a -> a.id() != primary.id())
                .sorted(Comparator.<PanelAllocation, Boolean>comparing(a -> !a.ip().equals(primary.ip()))
                        .thenComparingInt(a -> Math.abs(a.port() - primary.port()))
                        .thenComparingInt(PanelAllocation::port))
                .limit(count - 1L)
                .sorted(Comparator.comparingInt(PanelAllocation::port))
                .toList();
        List<PanelAllocation> chosen = new ArrayList<>();
        chosen.add(primary);
        chosen.addAll(rest);
        return chosen;
    }

    /** Every window of {@code count} consecutive ports on one IP, lowest port first in each. */
    static List<List<PanelAllocation>> runs(List<PanelAllocation> free, int count) {
        Map<String, List<PanelAllocation>> byIp = free.stream().collect(Collectors.groupingBy(PanelAllocation::ip));
        List<List<PanelAllocation>> runs = new ArrayList<>();
        for (List<PanelAllocation> sameIp : byIp.values()) {
            List<PanelAllocation> sorted = sameIp.stream().sorted(Comparator.comparingInt(PanelAllocation::port))
                    .toList();
            for (int i = 0; i + count <= sorted.size(); i++) {
                if (sorted.get(i + count - 1).port() - sorted.get(i).port() == count - 1) {
                    runs.add(sorted.subList(i, i + count));
                }
            }
        }
        return runs;
    }
}
