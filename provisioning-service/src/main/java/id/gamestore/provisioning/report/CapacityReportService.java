package id.gamestore.provisioning.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.health.NodeCapacities;
import id.gamestore.provisioning.health.NodeCapacities.NodeUsage;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.report.CapacityReport.Growth;
import id.gamestore.provisioning.report.CapacityReport.Node;
import id.gamestore.provisioning.report.CapacityReport.Now;
import id.gamestore.provisioning.report.CapacityReport.Point;
import id.gamestore.provisioning.report.CapacityReport.Warning;
import id.gamestore.provisioning.report.CapacitySnapshots.Snapshot;
import id.gamestore.provisioning.report.Exhaustion.Resource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import id.gamestore.support.report.ReportMath;
import id.gamestore.support.report.ReportRange;

/**
 * Builds the capacity report: the panel's nodes now (as GET /api/admin/capacity reads them), their hourly snapshots
 * in the range, the rate the last 14 days' completed jobs filled them at, and the day each is expected to be full.
 */
@ApplicationScoped
public class CapacityReportService {
    private static final Logger LOG = Logger.getLogger(CapacityReportService.class);
    /** A resource this much used or more makes the node ALMOST_FULL. */
    static final int ALMOST_FULL_PERCENT = 90;

    private final NodeCapacities capacities;
    private final CapacitySnapshots snapshots;
    private final ResourceMapping mapping;
    private final ReportConfig config;
    private final Clock clock;
    private final EntityManager em;

    public CapacityReportService(NodeCapacities capacities, CapacitySnapshots snapshots, ResourceMapping mapping,
            ReportConfig config, Clock clock, EntityManager em) {
        this.capacities = capacities;
        this.snapshots = snapshots;
        this.mapping = mapping;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    /** What the servers placed on a node in the growth window take. */
    private record Taken(long memory, long disk, long allocations) {
        Taken plus(Taken o) {
            return new Taken(memory + o.memory, disk + o.disk, allocations + o.allocations);
        }
    }

    /**
     * The report at the clock's now. The panel is read outside any transaction (its rate budget commits on its own
     * connection), the tables in one read-only pass after it.
     */
    public CapacityReport report(ReportRange range) {
        Instant now = clock.instant();
        List<Warning> warnings = new ArrayList<>();
        List<Snapshot> current = current(now, warnings);
        return QuarkusTransaction.requiringNew().call(() -> build(range, now, current, warnings));
    }

    private CapacityReport build(ReportRange range, Instant now, List<Snapshot> current, List<Warning> warnings) {
        LocalDate today = LocalDate.ofInstant(now, config.storeTimeZone());
        Map<Long, List<Snapshot>> history = snapshots.between(range.start(), range.end());
        Map<Long, Taken> taken = taken(now.minus(Duration.ofDays(Exhaustion.WINDOW_DAYS)), now);
        List<Node> nodes = new ArrayList<>();
        for (Snapshot n : current) {
            Taken t = taken.getOrDefault(n.nodeId(), new Taken(0, 0, 0));
            Exhaustion.Outcome full = Exhaustion.of(today, List.of(
                    new Resource("memory", free(n.memoryTotalMb(), n.memoryUsedMb()), t.memory()),
                    new Resource("disk", free(n.diskTotalMb(), n.diskUsedMb()), t.disk()),
                    new Resource("allocations", free(n.allocationsTotal(), n.allocationsUsed()), t.allocations())));
            nodes.add(new Node(n.nodeId(), n.name(), new Now(n.memoryUsedMb(), n.memoryTotalMb(), n.diskUsedMb(),
                    n.diskTotalMb(), n.allocationsUsed(), n.allocationsTotal(), n.takenAt()),
                    history.getOrDefault(n.nodeId(), List.of()).stream().map(s -> new Point(s.hour(),
                            s.memoryUsedMb(), s.diskUsedMb(), s.allocationsUsed())).toList(),
                    new Growth(ReportMath.round2(t.memory(), Exhaustion.WINDOW_DAYS),
                            ReportMath.round2(t.disk(), Exhaustion.WINDOW_DAYS),
                            ReportMath.round2(t.allocations(), Exhaustion.WINDOW_DAYS)),
                    full == null ? null : full.fullOn(), full == null ? null : full.limitedBy()));
            warnings.addAll(warnings(n, full));
        }
        return new CapacityReport(range, nodes, ReportMath.named(serversByPackage()), warnings);
    }

    /**
     * The nodes as the panel reports them now; when it cannot be read, their last snapshots, with a warning. A
     * node's free room here is total minus used, so a node with unlimited overallocation shows its panel figure.
     */
    private List<Snapshot> current(Instant now, List<Warning> warnings) {
        try {
            return capacities.now().stream().map(n -> new Snapshot(n.nodeId(), n.name(), now, n.memoryUsed(),
                    n.memoryTotal(), n.diskUsed(), n.diskTotal(), n.allocationsUsed(), n.allocationsTotal(), now))
                    .toList();
        } catch (PanelException e) {
            LOG.warnf("capacity report: the panel could not be read (%s); showing the last snapshots", e.code());
            warnings.add(new Warning(null, null, "PANEL_UNAVAILABLE", "the panel could not be read (" + e.code()
                    + "); each node's 'now' is its last hourly snapshot"));
            return snapshots.latest();
        }
    }

    private static long free(long total, long used) {
        return total - used;
    }

    private List<Warning> warnings(Snapshot n, Exhaustion.Outcome full) {
        List<Warning> out = new ArrayList<>();
        if (full != null && full.daysLeft() <= config.capacityWarnDays()) {
            // the warning names the node already: the detail says only what runs out and when
            out.add(new Warning(n.nodeId(), n.name(), "FULL_SOON", full.limitedBy() + " runs out on " + full.fullOn()
                    + " (in " + full.daysLeft() + (full.daysLeft() == 1 ? " day" : " days")
                    + ") at the last 14 days' rate"));
        }
        List<String> high = new ArrayList<>();
        high(high, "memory", n.memoryUsedMb(), n.memoryTotalMb(), " MiB");
        high(high, "disk", n.diskUsedMb(), n.diskTotalMb(), " MiB");
        high(high, "allocations", n.allocationsUsed(), n.allocationsTotal(), "");
        if (!high.isEmpty()) {
            out.add(new Warning(n.nodeId(), n.name(), "ALMOST_FULL", String.join(", ", high)));
        }
        return out;
    }

    private static void high(List<String> out, String what, long used, long total, String unit) {
        if (total > 0 && used * 100 >= total * ALMOST_FULL_PERCENT) {
            out.add(what + " " + (used * 100 / total) + " % used (" + used + " of " + total + unit + ")");
        }
    }

    /**
     * Per node: the memory and disk (the package's, from the resource mapping) and the allocations (the main one and
     * the additional ones) of the jobs that completed on it in [from, to).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Taken> taken(Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                select node_id, cast(package_json as json) ->> 'code',
                       1 + coalesce(json_array_length(cast(additional_allocations as json)), 0)
                  from provisioning_job
                 where state = 'COMPLETED' and node_id is not null and finished_at >= ?1 and finished_at < ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, Taken> byNode = new HashMap<>();
        for (Object[] r : rows) {
            PackageMapping pkg = mapping.find((String) r[1]).orElse(null);
            Taken t = new Taken(pkg == null ? 0 : pkg.memory(), pkg == null ? 0 : pkg.disk(),
                    ((Number) r[2]).longValue());
            byNode.merge(((Number) r[0]).longValue(), t, Taken::plus);
        }
        return byNode;
    }

    /**
     * The servers this service built that still exist, by package: completed jobs whose server was not terminated,
     * under the package of the last build change applied to it, else the ordered one.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Long> serversByPackage() {
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce((select a.package_code from lifecycle_action a
                                  where a.order_id = j.order_id and a.action = 'CHANGE_BUILD' and a.state = 'DONE'
                                    and a.package_code is not null
                                  order by a.id desc limit 1),
                                cast(j.package_json as json) ->> 'code') as code, count(*)
                  from provisioning_job j
                 where j.state = 'COMPLETED'
                   and not exists (select 1 from lifecycle_action t where t.order_id = j.order_id
                                      and t.action = 'TERMINATE' and t.state = 'DONE')
                 group by 1""").getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r[0] == null ? "UNKNOWN" : (String) r[0], ((Number) r[1]).longValue(),
                Long::sum));
        return counts;
    }
}
