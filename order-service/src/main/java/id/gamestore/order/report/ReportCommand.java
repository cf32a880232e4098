package id.gamestore.order.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.lifecycle.LifecycleClock;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.support.report.ReportRange;

/**
 * {@code !report [today|7d|30d]}: the admin's report on demand, the same text the scheduled one sends, over today,
 * the last 7 or the last 30 store days (today included). Without an argument: today.
 */
@ApplicationScoped
public class ReportCommand implements AdminCommand {
    /** The periods {@code !report} knows, and how many days back each starts. */
    static final Map<String, Integer> PERIODS = Map.of("today", 0, "7d", 6, "30d", 29);

    private final AdminReports reports;
    private final ChatTexts texts;
    private final LifecycleClock clock;
    private final ZoneId zone;

    ReportCommand(AdminReports reports, ChatTexts texts, LifecycleClock clock, LifecycleConfig lifecycle) {
        this.reports = reports;
        this.texts = texts;
        this.clock = clock;
        this.zone = lifecycle.storeTimeZone();
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        String typed = call.arg(0) == null ? "today" : call.arg(0).toLowerCase(Locale.ROOT);
        Integer back = PERIODS.get(typed);
        if (back == null || call.args().size() > 1) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("outcome", "usage");
            data.put("field", "period");
            data.put("typed", call.argumentText());
            data.put("allowed", "today, 7d, 30d");
            return ChatAnswer.of(name(), texts.render("admin-report-usage", call.locale(), data), data);
        }
        LocalDate today = clock.now().atZone(zone).toLocalDate();
        ReportRange range = ReportRange.of(today.minusDays(back), today, zone);
        ReportFigures figures = reports.gather(range);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcome", "report");
        data.put("period", typed);
        data.put("from", range.from().toString());
        data.put("to", range.to().toString());
        return ChatAnswer.of(name(), reports.render(figures, AdminReports.Kind.ON_DEMAND, call.locale()), data);
    }
}
