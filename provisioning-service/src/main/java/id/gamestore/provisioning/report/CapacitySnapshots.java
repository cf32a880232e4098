package id.gamestore.provisioning.report;

import static id.gamestore.support.database.Timestamps.instant;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.health.NodeCapacities;
import id.gamestore.provisioning.health.NodeCapacities.NodeUsage;
import id.gamestore.provisioning.pterodactyl.PanelException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The capacity report's history: one snapshot per node per hour (table {@code capacity_snapshot}). Every
 * {@code CAPACITY_SNAPSHOT_CHECK} each instance looks whether this hour's snapshot exists and, when not, reads the
 * panel and writes it; the row's key (node, hour) lets only the first writer in, so two instances or a restart take
 * an hour once. A panel that cannot be read skips the snapshot with a warning (the next check of the hour tries
 * again). Rows older than {@code CAPACITY_SNAPSHOT_RETENTION} are deleted on the way.
 */
@ApplicationScoped
public class CapacitySnapshots {
    private static final Logger LOG = Logger.getLogger(CapacitySnapshots.class);

    /** One stored snapshot of a node. */
    public record Snapshot(long nodeId, String name, Instant hour, long memoryUsedMb, long memoryTotalMb,
            long diskUsedMb, long diskTotalMb, long allocationsUsed, long allocationsTotal, Instant takenAt) {
    }

    private final NodeCapacities nodes;
    private final EntityManager em;
    private final ReportConfig config;
    private final Clock clock;

    public CapacitySnapshots(NodeCapacities nodes, EntityManager em, ReportConfig config, Clock clock) {
        this.nodes = nodes;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "capacity-snapshots", every = "${provisioning.report.snapshots.check:5M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.snapshots().enabled()) {
            try {
                run();
            } catch (RuntimeException e) {
                LOG.warnf("capacity snapshot not taken (%s); the next check tries again", e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Purges the expired snapshots and takes this hour's (by the clock), unless it is taken already.
     *
     * @return the node rows written (0: taken already, or the panel could not be read)
     */
    public int run() {
        Instant now = clock.instant();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        purge(now.minus(config.snapshots().retention()));
        if (taken(hour)) {
            return 0;
        }
        List<NodeUsage> usage;
        try {
            usage = nodes.now();
        } catch (PanelException e) {
            LOG.warnf("capacity snapshot of %s skipped: the panel could not be read (%s)", hour, e.code());
            return 0;
        }
        return write(hour, now, usage);
    }

    /** Writes one hour's rows; a node whose row for the hour exists already is left as it is. @return rows written */
    public int write(Instant hour, Instant takenAt, List<NodeUsage> usage) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int written = 0;
            for (NodeUsage n : usage) {
                written += em.createNativeQuery("""
                        insert into capacity_snapshot (node_id, hour, node_name, memory_used_mb, memory_total_mb,
                               disk_used_mb, disk_total_mb, allocations_used, allocations_total, taken_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (node_id, hour) do nothing""")
                        .setParameter(1, n.nodeId()).setParameter(2, hour).setParameter(3, n.name())
                        .setParameter(4, n.memoryUsed()).setParameter(5, n.memoryTotal())
                        .setParameter(6, n.diskUsed()).setParameter(7, n.diskTotal())
                        .setParameter(8, (int) n.allocationsUsed()).setParameter(9, (int) n.allocationsTotal())
                        .setParameter(10, takenAt).executeUpdate();
            }
            return written;
        });
    }

    /** Deletes the snapshots of hours before {@code before}. @return rows deleted */
    public int purge(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from capacity_snapshot where hour < ?1").setParameter(1, before)
                .executeUpdate());
    }

    /** The snapshots of the hours in [start, end), per node, oldest first. */
    public Map<Long, List<Snapshot>> between(Instant start, Instant end) {
        Map<Long, List<Snapshot>> byNode = new HashMap<>();
        rows("where hour >= ?1 and hour < ?2 order by hour", start, end)
                .forEach(s -> byNode.computeIfAbsent(s.nodeId(), n -> new ArrayList<>()).add(s));
        return byNode;
    }

    /** Each node's latest snapshot (the report's "now" while the panel cannot be read). */
    public List<Snapshot> latest() {
        return rows("where (node_id, hour) in (select node_id, max(hour) from capacity_snapshot group by node_id) "
                + "order by node_id");
    }

    private boolean taken(Instant hour) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from capacity_snapshot where hour = ?1").setParameter(1, hour)
                .getSingleResult()).longValue() > 0);
    }

    @SuppressWarnings("unchecked")
    private List<Snapshot> rows(String where, Instant... params) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = em.createNativeQuery("select node_id, node_name, hour, memory_used_mb, memory_total_mb, "
                    + "disk_used_mb, disk_total_mb, allocations_used, allocations_total, taken_at "
                    + "from capacity_snapshot " + where);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            List<Object[]> rows = query.getResultList();
            return rows.stream().map(r -> new Snapshot(((Number) r[0]).longValue(), (String) r[1],
                    instant(r[2]), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), instant(r[9]))).toList();
        });
    }
}
