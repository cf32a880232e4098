package id.gamestore.provisioning.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.gamestore.support.report.ReportMath.Durations;
import id.gamestore.support.report.ReportMath.NamedCount;
import id.gamestore.support.report.ReportRange;

/**
 * How provisioning went for the jobs (orders) confirmed in a range: GET /api/admin/reports/provisioning. The field
 * names are a contract order-service's scheduled report and the CLI read (docs/provisioning.md, "Reports").
 */
public record ProvisioningReport(ReportRange range, Totals totals, List<NamedCount> failuresByReason,
        List<NamedCount> failuresByStep, Durations confirmToCompleted, List<StepDurations> steps,
        Compensations compensations, long retries, List<PackageFigures> packages, List<Day> daily,
        List<Failure> failures, long failuresTotal) {

    /** failed = FAILED or COMPENSATION_FAILED; running = any other non-COMPLETED state (ON_HOLD included). */
    public record Totals(long confirmed, long completed, long failed, long running, Double successRate) {
    }

    /** The successful runs of one saga step. */
    public record StepDurations(String step, long count, Long p50Ms, Long p95Ms, Long maxMs) {
    }

    /** run: jobs that compensated (undid what they created); failed: of those, COMPENSATION_FAILED. */
    public record Compensations(long run, long failed) {
    }

    public record PackageFigures(String packageCode, long confirmed, long completed, long failed, long running,
            Double successRate) {
    }

    public record Day(LocalDate date, long confirmed, long completed, long failed, Double successRate) {
    }

    /** One failed job; {@code detail} is the admin-facing failure text (the panel's answer, never a secret). */
    public record Failure(String orderId, String packageCode, String reason, String step, String detail,
            Instant failedAt) {
    }
}
