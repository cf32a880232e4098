package id.gamestore.notification.report;

import static id.gamestore.support.database.Timestamps.instant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.report.NotificationReport.ChannelLine;
import id.gamestore.notification.report.NotificationReport.Day;
import id.gamestore.notification.report.NotificationReport.KindLine;
import id.gamestore.notification.report.NotificationReport.Totals;
import id.gamestore.notification.report.NotificationReport.Undelivered;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.support.report.ReportMath;
import id.gamestore.support.report.ReportRange;

/**
 * Builds the notifications report from the {@code delivery} table: the cohort is every delivery created in the range
 * except the superseded ones (a progress notice the final message made moot, a login a newer password replaced: never
 * owed any more). Read-only.
 */
@ApplicationScoped
public class NotificationReportService {
    /** Deliveries never handed to a channel (waiting, or unrenderable) count under this channel name. */
    public static final String NO_CHANNEL = "none";
    static final int UNDELIVERED_LIMIT = 20;
    private static final Set<String> SERVER_READY = Set.of(MessageKind.SERVER_READY.name(),
            MessageKind.SERVER_READY_RETURNING.name());

    private final EntityManager em;

    public NotificationReportService(EntityManager em) {
        this.em = em;
    }

    /** One delivery of the cohort, as far as the report needs it. */
    record Row(String orderId, String kind, String channel, DeliveryState state, Instant createdAt,
            Instant eventOccurredAt, Instant deliveredAt, Instant failedAt, String failureCode, String fallback) {
        boolean delivered() {
            return state.arrived();
        }

        boolean read() {
            return state == DeliveryState.READ;
        }

        boolean failed() {
            return state == DeliveryState.FAILED;
        }

        /** Waiting to be sent, or sent and waiting for its delivery receipt. */
        boolean pending() {
            return state == DeliveryState.PENDING || state == DeliveryState.SENT;
        }
    }

    @Transactional
    public NotificationReport report(ReportRange range) {
        List<Row> rows = rows(range);
        return new NotificationReport(range, totals(rows), byKind(rows), byChannel(rows),
                new NotificationReport.Fallback(count(rows, r -> "email".equals(r.fallback())),
                        count(rows, r -> "admin-alert".equals(r.fallback()))),
                ReportMath.Durations.of(readyToDelivered(rows)), daily(rows, range), undelivered(rows),
                count(rows, Row::failed));
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(ReportRange range) {
        List<Object[]> result = em.createNativeQuery("""
                select order_id, kind, coalesce(channel, ?3), state, created_at, event_occurred_at, delivered_at,
                  failed_at, failure_code, fallback
                from delivery where created_at >= ?1 and created_at < ?2 and state <> 'SUPERSEDED'
                """).setParameter(1, utc(range.start())).setParameter(2, utc(range.end()))
                .setParameter(3, NO_CHANNEL).getResultList();
        return result.stream().map(c -> new Row((String) c[0], (String) c[1], (String) c[2],
                DeliveryState.valueOf((String) c[3]), instant(c[4]), instant(c[5]), instant(c[6]), instant(c[7]),
                (String) c[8], (String) c[9])).toList();
    }

    private static Totals totals(List<Row> rows) {
        long messages = rows.size();
        long delivered = count(rows, Row::delivered);
        long read = count(rows, Row::read);
        long failed = count(rows, Row::failed);
        return new Totals(messages, delivered, read, failed, count(rows, Row::pending),
                ReportMath.rate(delivered, messages), ReportMath.rate(read, messages),
                ReportMath.rate(failed, messages));
    }

    private static List<KindLine> byKind(List<Row> rows) {
        return group(rows, Row::kind).entrySet().stream()
                .map(e -> new KindLine(e.getKey(), e.getValue().size(), count(e.getValue(), Row::delivered),
                        count(e.getValue(), Row::read), count(e.getValue(), Row::failed),
                        count(e.getValue(), Row::pending)))
                .sorted(Comparator.comparingLong(KindLine::messages).reversed().thenComparing(KindLine::kind))
                .toList();
    }

    private static List<ChannelLine> byChannel(List<Row> rows) {
        return group(rows, Row::channel).entrySet().stream().map(e -> {
            List<Row> of = e.getValue();
            long messages = of.size();
            long delivered = count(of, Row::delivered);
            long read = count(of, Row::read);
            long failed = count(of, Row::failed);
            return new ChannelLine(e.getKey(), messages, delivered, read, failed, ReportMath.rate(delivered, messages),
                    ReportMath.rate(read, messages), ReportMath.rate(failed, messages));
        }).sorted(Comparator.comparingLong(ChannelLine::messages).reversed().thenComparing(ChannelLine::channel))
                .toList();
    }

    /** From provisioning.completed (the server was ready) to the server-ready message's first delivery receipt. */
    private static List<Long> readyToDelivered(List<Row> rows) {
        return rows.stream().filter(r -> SERVER_READY.contains(r.kind()) && r.deliveredAt() != null)
                .map(r -> Math.max(0, Duration.between(r.eventOccurredAt(), r.deliveredAt()).toMillis())).toList();
    }

    private static List<Day> daily(List<Row> rows, ReportRange range) {
        Map<LocalDate, List<Row>> byDay = new TreeMap<>();
        range.days().forEach(day -> byDay.put(day, new ArrayList<>()));
        rows.forEach(r -> byDay.computeIfAbsent(range.dayOf(r.createdAt()), d -> new ArrayList<>()).add(r));
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue().size(),
                count(e.getValue(), Row::delivered), count(e.getValue(), Row::failed))).toList();
    }

    private static List<Undelivered> undelivered(List<Row> rows) {
        return rows.stream().filter(Row::failed)
                .sorted(Comparator.comparing(NotificationReportService::failedAt).reversed()
                        .thenComparing(Row::orderId).thenComparing(Row::kind))
                .limit(UNDELIVERED_LIMIT)
                .map(r -> new Undelivered(r.orderId(), r.kind(), r.channel(), r.state().name(), reason(r),
                        failedAt(r)))
                .toList();
    }

    /** The failure code (a provider code or a missing field's name, never a value) and the fallback taken. */
    static String reason(Row r) {
        String code = r.failureCode() == null ? "UNKNOWN" : r.failureCode();
        return r.fallback() == null ? code : code + "; fallback: " + r.fallback();
    }

    private static Instant failedAt(Row r) {
        return r.failedAt() != null ? r.failedAt() : r.createdAt();
    }

    private static Map<String, List<Row>> group(List<Row> rows, Function<Row, String> key) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static long count(List<Row> rows, java.util.function.Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
