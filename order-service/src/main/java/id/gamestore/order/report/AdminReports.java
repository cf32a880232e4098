package id.gamestore.order.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.chat.admin.AdminFormat;
import id.gamestore.order.operations.client.Remote;
import id.gamestore.order.report.client.NotificationReportsApi;
import id.gamestore.order.report.client.ProvisioningReportsApi;
import id.gamestore.support.report.ReportRange;

/**
 * The admin's report, gathered and rendered in one place so that the scheduled report and {@code !report} cannot
 * drift apart: {@code templates/chat/admin-report.<locale>.txt}. A part whose service did not answer is one line
 * saying so; the rest of the report still comes.
 */
@ApplicationScoped
public class AdminReports {
    /** At most this many failures and undelivered messages are listed; the totals say how many there are. */
    static final int MAX_FAILURES = 10;
    static final int MAX_UNDELIVERED = 5;
    /** The {@code admin.report} event's text limit (its JSON schema). */
    static final int MAX_TEXT = 4096;

    /** What the report is about, for its heading. */
    public enum Kind {
        DAILY,
        WEEKLY,
        ON_DEMAND
    }

    private final SalesReports sales;
    private final ReportParts parts;
    private final ChatTexts texts;

    AdminReports(SalesReports sales, ReportParts parts, ChatTexts texts) {
        this.sales = sales;
        this.parts = parts;
        this.texts = texts;
    }

    /** The figures of one range: our sales now, the other services' parts as they answer now. */
    public ReportFigures gather(ReportRange range) {
        return gather(range, parts);
    }

    ReportFigures gather(ReportRange range, ReportParts from) {
        return new ReportFigures(range, sales.report(range), from.provisioning(range), from.capacity(range),
                from.notifications(range));
    }

    public String render(ReportFigures figures, Kind kind, String locale) {
        return fit(texts.render("admin-report", locale, data(figures, kind)));
    }

    /** At most {@link #MAX_TEXT} characters (code points, as the schema counts), never cutting an emoji in half. */
    static String fit(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }

    static Map<String, Object> data(ReportFigures f, Kind kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind.name());
        data.put("from", f.range().from().toString());
        data.put("to", f.range().to().toString());
        data.put("oneDay", f.range().from().equals(f.range().to()));
        SalesReport.Totals totals = f.sales().totals();
        data.put("placed", totals.orders());
        data.put("completed", totals.completed());
        data.put("revenue", AdminFormat.rupiah(f.sales().revenue().total()));
        provisioning(data, f.provisioning());
        capacity(data, f.capacity());
        notifications(data, f.notifications());
        return data;
    }

    private static void provisioning(Map<String, Object> data, Remote<ProvisioningReportsApi.ProvisioningReport> r) {
        data.put("provisioningProblem", problem(r));
        if (!r.ok() || r.value() == null) {
            return;
        }
        ProvisioningReportsApi.ProvisioningReport report = r.value();
        ProvisioningReportsApi.Totals t = report.totals();
        data.put("successRate", t == null ? null : percent(t.successRate()));
        data.put("provCompleted", t == null ? 0 : t.completed());
        data.put("provFailed", t == null ? 0 : t.failed());
        data.put("provRunning", t == null ? 0 : t.running());
        List<ProvisioningReportsApi.Failure> failures = report.failures() == null ? List.of() : report.failures();
        List<ProvisioningReportsApi.Failure> shown = failures.stream().limit(MAX_FAILURES).toList();
        long total = Math.max(report.failuresTotal(), failures.size());
        data.put("failures", shown.stream().map(x -> row("orderId", x.orderId(), "reason", x.reason(),
                "step", x.step(), "packageCode", x.packageCode())).toList());
        data.put("failuresTotal", total);
        data.put("failuresMore", total - shown.size());
    }

    private static void capacity(Map<String, Object> data, Remote<ProvisioningReportsApi.CapacityReport> r) {
        data.put("capacityProblem", problem(r));
        if (r.ok()) {
            List<ProvisioningReportsApi.Warning> warnings = r.value() == null || r.value().warnings() == null
                    ? List.of() : r.value().warnings();
            data.put("warnings", warnings.stream().map(w -> row("name", w.name(), "problem", w.problem(),
                    "detail", w.detail())).toList());
        }
    }

    private static void notifications(Map<String, Object> data,
            Remote<NotificationReportsApi.NotificationsReport> r) {
        data.put("notificationProblem", problem(r));
        if (!r.ok() || r.value() == null) {
            return;
        }
        NotificationReportsApi.NotificationsReport report = r.value();
        List<NotificationReportsApi.Undelivered> all = report.undelivered() == null ? List.of() : report.undelivered();
        List<NotificationReportsApi.Undelivered> shown = all.stream().limit(MAX_UNDELIVERED).toList();
        long total = Math.max(report.undeliveredTotal(), all.size());
        data.put("messages", report.totals() == null ? 0 : report.totals().messages());
        data.put("undelivered", shown.stream().map(u -> row("orderId", u.orderId(), "kind", u.kind(),
                "channel", u.channel(), "state", u.state(), "reason", u.reason())).toList());
        data.put("undeliveredTotal", total);
        data.put("undeliveredMore", total - shown.size());
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** Why a part is missing, short and the same in every language (the template says "not available"). */
    static String problem(Remote<?> r) {
        return switch (r.outcome()) {
            case OK -> r.value() == null ? "EMPTY_ANSWER" : null;
            case REFUSED -> "HTTP " + r.status() + (r.code() == null ? "" : " " + r.code());
            default -> r.outcome().name();
        };
    }

    /** 0.7778 -> {@code 77.8%}; null (nothing finished) -> null. */
    static String percent(Double rate) {
        if (rate == null) {
            return null;
        }
        return BigDecimal.valueOf(rate).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
