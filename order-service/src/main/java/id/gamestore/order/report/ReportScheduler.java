package id.gamestore.order.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.AdminReport;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.lifecycle.LifecycleClock;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.order.outbox.OutboxEvent;
import id.gamestore.order.outbox.OutboxWritten;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import id.gamestore.support.report.ReportRange;

/**
 * Sends the admin's daily report (yesterday, due at {@code REPORT_TIME} store time) and weekly report (the 7 days
 * before {@code REPORT_WEEKLY_DAY}, due that day at {@code REPORT_TIME}) as {@code admin.report} events through the
 * outbox. Each tick looks only at the latest due period of each kind: one missed while the service was down goes
 * once, late; older ones are not sent. Exactly once per period: the period's row in {@code admin_report} and the
 * outbox event commit together, and the row's primary key lets only one instance (or one tick) insert it.
 */
@ApplicationScoped
public class ReportScheduler {
    private static final Logger LOG = Logger.getLogger(ReportScheduler.class);

    private final EntityManager em;
    private final AdminReports reports;
    private final ReportConfig config;
    private final ZoneId zone;
    private final LifecycleClock clock;
    private final Event<OutboxWritten> outboxWritten;

    ReportScheduler(EntityManager em, AdminReports reports, ReportConfig config, LifecycleConfig lifecycle,
            LifecycleClock clock, Event<OutboxWritten> outboxWritten) {
        this.em = em;
        this.reports = reports;
        this.config = config;
        this.zone = lifecycle.storeTimeZone();
        this.clock = clock;
        this.outboxWritten = outboxWritten;
    }

    /** One report period and when it became due. */
    record Due(AdminReport.Period period, LocalDate from, LocalDate to, Instant dueAt) {
        String periodId() {
            return AdminReport.periodId(period, from);
        }
    }

    @Scheduled(every = "${order.report.poll:60S}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warnf("report tick stopped: %s; the next tick goes on", e.toString());
        }
    }

    /** Sends the latest due daily and weekly report when nobody sent them yet; returns the periods this call sent. */
    public List<String> runDue() {
        Instant now = clock.now();
        List<String> sent = new ArrayList<>();
        for (Due due : List.of(latestDaily(now), latestWeekly(now))) {
            if (send(due, now)) {
                sent.add(due.periodId());
            }
        }
        return sent;
    }

    Due latestDaily(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate dueDay = local.toLocalTime().isBefore(config.time()) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
        return new Due(AdminReport.Period.DAILY, dueDay.minusDays(1), dueDay.minusDays(1), dueAt(dueDay));
    }

    Due latestWeekly(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        DayOfWeek day = config.weeklyDay();
        LocalDate dueDay = local.toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        if (dueDay.equals(local.toLocalDate()) && local.toLocalTime().isBefore(config.time())) {
            dueDay = dueDay.minusWeeks(1);
        }
        return new Due(AdminReport.Period.WEEKLY, dueDay.minusDays(7), dueDay.minusDays(1), dueAt(dueDay));
    }

    private Instant dueAt(LocalDate day) {
        LocalTime time = config.time();
        return day.atTime(time).atZone(zone).toInstant();
    }

    private boolean send(Due due, Instant now) {
        String id = due.periodId();
        if (alreadySent(id)) {
            return false;
        }
        ReportFigures figures = reports.gather(ReportRange.of(due.from(), due.to(), zone));
        if (figures.partUnreachable() && now.isBefore(due.dueAt().plus(config.waitForParts()))) {
            LOG.infof("admin report %s waits: %s did not answer; asking again on the next tick until %s", id,
                    missing(figures), due.dueAt().plus(config.waitForParts()));
            return false;
        }
        String language = "en".equals(config.language()) ? "en" : "id";
        AdminReports.Kind kind = due.period() == AdminReport.Period.DAILY ? AdminReports.Kind.DAILY
                : AdminReports.Kind.WEEKLY;
        String text = reports.render(figures, kind, language);
        return Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> record(due, figures, language, text,
                now)));
    }

    private boolean alreadySent(String periodId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from admin_report where period_id = :id").setParameter("id", periodId).getResultList()
                .isEmpty());
    }

    private boolean record(Due due, ReportFigures figures, String language, String text, Instant now) {
        AdminReport event = AdminReport.of(due.period(), due.from(), due.to(), zone.getId(), language, text);
        String missing = missing(figures);
        int claimed = em.createNativeQuery("""
                insert into admin_report (period_id, period, from_day, to_day, event_id, parts_missing, sent_at)
                values (:id, :period, :from, :to, :event, :missing, :now) on conflict (period_id) do nothing
                """).setParameter("id", event.orderId()).setParameter("period", due.period().name())
                .setParameter("from", due.from()).setParameter("to", due.to()).setParameter("event", event.eventId())
                .setParameter("missing", missing.isEmpty() ? null : missing).setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return false; // another instance (or tick) sent this period first
        }
        OutboxEvent.of(event, Topology.ORDERS_EXCHANGE).persist();
        outboxWritten.fire(new OutboxWritten(event.orderId()));
        LOG.infof("admin report %s (%s..%s) written to the outbox%s", event.orderId(), due.from(), due.to(),
                missing.isEmpty() ? "" : "; not available: " + missing);
        return true;
    }

    private static String missing(ReportFigures figures) {
        StringJoiner out = new StringJoiner(", ");
        if (!figures.provisioning().ok()) {
            out.add("provisioning (" + figures.provisioning().outcome() + ")");
        }
        if (!figures.capacity().ok()) {
            out.add("capacity (" + figures.capacity().outcome() + ")");
        }
        if (!figures.notifications().ok()) {
            out.add("notifications (" + figures.notifications().outcome() + ")");
        }
        return out.toString();
    }
}
