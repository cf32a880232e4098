package id.gamestore.provisioning.placement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.pterodactyl.PanelAllocation;
import id.gamestore.provisioning.pterodactyl.PanelNode;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The panel's nodes with their allocations, read in the background every {@code cache-refresh} instead of once per
 * order (one paginated application request per 100 nodes instead of one per provision). What this process learns
 * between two reads corrects the copy: a server it created takes its allocations, memory and disk; an allocation
 * the panel refused as taken marks the copy stale, so the next placement reads the panel first. A correction is kept
 * until a read that started after it replaces the copy; it is not applied twice to a read that already shows it.
 * Other instances' servers are counted through their settled reservations (see {@link AllocationReservations}).
 */
@ApplicationScoped
public class NodeCache {
    private static final Logger LOG = Logger.getLogger(NodeCache.class);

    /** One server created since the copy was read: its allocations, and memory/disk counted once on its node. */
    record Correction(long nodeId, Set<Long> allocationIds, long memory, long disk, Instant at) {
    }

    private record Copy(List<PanelNode> nodes, Instant readStartedAt) {
    }

    private final PterodactylClient panel;
    private final PlacementConfig config;
    private final AllocationReservations reservations;
    private final List<Correction> corrections = new CopyOnWriteArrayList<>();
    private volatile Copy copy;
    private volatile boolean stale = true;

    public NodeCache(PterodactylClient panel, PlacementConfig config, AllocationReservations reservations) {
        this.panel = panel;
        this.config = config;
        this.reservations = reservations;
    }

    /** The nodes as last read, with this process's creates since applied; read from the panel first when stale. */
    public List<PanelNode> nodes() {
        Copy current = copy;
        if (current == null || stale || Duration.between(current.readStartedAt(), Instant.now())
                .compareTo(config.cacheRefresh().multipliedBy(2)) > 0) {
            current = read();
        }
        return corrected(current.nodes(), corrections);
    }

    /** Reads the panel now, whatever the copy's age (an order that must see the panel as it is). */
    public List<PanelNode> fresh() {
        return corrected(read().nodes(), corrections);
    }

    /** The panel created a server on {@code nodeId} with these allocations (its answer to the create). */
    public void created(long nodeId, Collection<Long> allocationIds, long memory, long disk) {
        corrections.add(new Correction(nodeId, Set.copyOf(allocationIds), memory, disk, Instant.now()));
    }

    /**
     * The copy is known to be wrong (the panel refused one of its allocations as taken, or the panel was changed
     * behind this process's back): read the panel before the next placement.
     */
    public void invalidate() {
        stale = true;
    }

    @Scheduled(every = "${provisioning.placement.cache-refresh:30S}", delayed = "${provisioning.placement.cache-refresh:30S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            read();
            reservations.purgeSettled();
        } catch (RuntimeException e) {
            LOG.infof("node cache: background read failed (%s); placement reads the panel itself when needed",
                    e.getMessage());
        }
    }

    private synchronized Copy read() {
        Instant started = Instant.now();
        List<PanelNode> nodes = panel.nodesWithAllocations();
        Copy next = new Copy(List.copyOf(nodes), started);
        corrections.removeIf(c -> c.at().isBefore(started));
        copy = next;
        stale = false;
        return next;
    }

    /**
     * The nodes with each correction applied: its allocations marked assigned and, unless the read already showed
     * its primary allocation assigned (the read saw the server), its memory and disk added to the node's.
     */
    static List<PanelNode> corrected(List<PanelNode> nodes, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return nodes;
        }
        List<PanelNode> result = new ArrayList<>(nodes.size());
        for (PanelNode n : nodes) {
            List<Correction> mine = corrections.stream().filter(c -> c.nodeId() == n.id()).toList();
            if (mine.isEmpty()) {
                result.add(n);
                continue;
            }
            long memory = n.allocatedMemory();
            long disk = n.allocatedDisk();
            List<PanelAllocation> allocations = new ArrayList<>(n.allocations());
            for (Correction c : mine) {
                boolean seen = allocations.stream().anyMatch(a -> c.allocationIds().contains(a.id()) && a.assigned());
                if (!seen) {
                    memory += c.memory();
                    disk += c.disk();
                }
                allocations.replaceAll(a -> c.allocationIds().contains(a.id()) && !a.assigned()
                        ? new PanelAllocation(a.id(), a.ip(), a.alias(), a.port(), true) : a);
            }
            result.add(new PanelNode(n.id(), n.name(), n.locationId(), n.isPublic(), n.maintenance(), n.memory(),
                    n.memoryOverallocate(), n.disk(), n.diskOverallocate(), memory, disk, List.copyOf(allocations),
                    n.fqdn(), n.daemonSftp()));
        }
        return result;
    }
}
