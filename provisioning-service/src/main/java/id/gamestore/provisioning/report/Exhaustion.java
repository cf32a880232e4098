package id.gamestore.provisioning.report;

import java.time.LocalDate;
import java.util.List;

/**
 * When a node is full at the recent rate: for each resource, ceil(free / daily growth) days from today, where the
 * daily growth is what the servers placed in the last {@link #WINDOW_DAYS} days take divided by that many days
 * (computed exactly, not from the rounded figure the report shows). The resource that runs out first limits the
 * node; one that does not grow, or is unlimited, never runs out.
 */
public final class Exhaustion {
    /** The days the growth rate is measured over. */
    public static final int WINDOW_DAYS = 14;

    private Exhaustion() {
    }

    /**
     * One resource of a node.
     *
     * @param free  what is left ({@link Long#MAX_VALUE}: unlimited)
     * @param taken what servers placed in the last {@link #WINDOW_DAYS} days take
     */
    public record Resource(String name, long free, long taken) {
        /** Days until it runs out (0 when it already has), or null when it never does at this rate. */
        public Long daysLeft() {
            if (taken <= 0 || free == Long.MAX_VALUE) {
                return null;
            }
            if (free <= 0) {
                return 0L;
            }
            return (free * WINDOW_DAYS + taken - 1) / taken;
        }
    }

    /** The resource that runs out first and the day it does, or null when none does. */
    public record Outcome(String limitedBy, long daysLeft, LocalDate fullOn) {
    }

    /** @param resources in the order that wins a tie (memory, disk, allocations) */
    public static Outcome of(LocalDate today, List<Resource> resources) {
        Outcome first = null;
        for (Resource r : resources) {
            Long days = r.daysLeft();
            if (days != null && (first == null || days < first.daysLeft())) {
                first = new Outcome(r.name(), days, today.plusDays(days));
            }
        }
        return first;
    }
}
