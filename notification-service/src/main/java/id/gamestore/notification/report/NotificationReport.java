package id.gamestore.notification.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.gamestore.support.report.ReportMath;
import id.gamestore.support.report.ReportRange;

/**
 * {@code GET /api/admin/reports/notifications}: the messages (deliveries) created in the range, what became of them
 * per kind and channel, the fallbacks they needed, and how long a server-ready message took to arrive. The field
 * names are the shared report contract (docs/notifications.md, "Reports"); nulls are shown, never left out.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationReport(ReportRange range, Totals totals, List<KindLine> byKind,
        List<ChannelLine> byChannel, Fallback fallback, ReportMath.Durations readyToDelivered, List<Day> daily,
        List<Undelivered> undelivered, long undeliveredTotal) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Totals(long messages, long delivered, long read, long failed, long pending, Double deliveredRate,
            Double readRate, Double failedRate) {
    }

    public record KindLine(String kind, long messages, long delivered, long read, long failed, long pending) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChannelLine(String channel, long messages, long delivered, long read, long failed,
            Double deliveredRate, Double readRate, Double failedRate) {
    }

    /** Failed messages that went on by email, and those that ended in an admin alert. */
    public record Fallback(long email, long adminAlert) {
    }

    public record Day(LocalDate date, long messages, long delivered, long failed) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Undelivered(String orderId, String kind, String channel, String state, String reason, Instant at) {
    }
}
