package id.gamestore.provisioning.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.gamestore.support.report.ReportMath.NamedCount;
import id.gamestore.support.report.ReportRange;

/**
 * Each node's room now and over the range, how fast it fills and when it will be full: GET
 * /api/admin/reports/capacity. Memory and disk in MiB as the panel counts them (docs/provisioning.md, "Reports").
 */
public record CapacityReport(ReportRange range, List<Node> nodes, List<NamedCount> serversByPackage,
        List<Warning> warnings) {

    /**
     * @param expectedFullOn the store day the first resource runs out at the last 14 days' rate (null: none grows)
     * @param limitedBy      {@code memory}, {@code disk} or {@code allocations}: the one that runs out first
     */
    public record Node(long nodeId, String name, Now now, List<Point> history, Growth dailyGrowth,
            LocalDate expectedFullOn, String limitedBy) {
    }

    /** The node as the panel reports it now ({@code at}: when it was read). */
    public record Now(long memoryUsedMb, long memoryTotalMb, long diskUsedMb, long diskTotalMb, long allocationsUsed,
            long allocationsTotal, Instant at) {
    }

    /** One hourly snapshot. */
    public record Point(Instant at, long memoryUsedMb, long diskUsedMb, long allocationsUsed) {
    }

    /** What the servers placed on the node in the last 14 days take, per day (2 decimals). */
    public record Growth(double memoryMb, double diskMb, double allocations) {
    }

    /**
     * @param problem {@code FULL_SOON} (expected full within REPORT_CAPACITY_WARN_DAYS), {@code ALMOST_FULL} (a
     *                resource at 90 % or more) or {@code PANEL_UNAVAILABLE} (the panel could not be read: the nodes'
     *                {@code now} is their last snapshot; nodeId and name null)
     */
    public record Warning(Long nodeId, String name, String problem, String detail) {
    }
}
