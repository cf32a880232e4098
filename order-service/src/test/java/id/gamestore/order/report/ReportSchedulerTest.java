package id.gamestore.order.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.AdminReport;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.lifecycle.LifecycleClock;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.order.outbox.OutboxWritten;
import id.gamestore.order.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import id.gamestore.support.report.ReportRange;

/**
 * The scheduled admin report on the injected clock (the bean's own schedule is off in tests): each test builds
 * schedulers as an instance would have them, on the same database, with provisioning-service and
 * notification-service stood in by {@link ReportServicesStandIn}, and reads what went to the outbox. Each test uses
 * weeks of its own, so that what one sent never counts in another.
 */
@QuarkusTest
class ReportSchedulerTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ReportServicesStandIn OTHERS = new ReportServicesStandIn();

    @Inject
    EntityManager em;
    @Inject
    TestClock testClock;
    @Inject
    LifecycleClock clock;
    @Inject
    LifecycleConfig lifecycle;
    @Inject
    ReportConfig config;
    @Inject
    SalesReports sales;
    @Inject
    ChatTexts texts;
    @Inject
    Event<OutboxWritten> outboxWritten;

    @AfterEach
    void realTimeAndServicesBack() {
        testClock.reset();
        OTHERS.status = 200;
    }

    @AfterAll
    static void stop() {
        OTHERS.close();
    }

    /** A scheduler as one instance has it ("a restart" is a new one on the same database). */
    ReportScheduler instance() {
        ReportParts parts = new ReportParts(Optional.of(OTHERS.url()), Optional.of(ReportServicesStandIn.KEY),
                Duration.ofSeconds(2), Optional.of(OTHERS.url()), Optional.of(ReportServicesStandIn.KEY),
                Duration.ofSeconds(2));
        return new ReportScheduler(em, new AdminReports(sales, parts, texts), config, lifecycle, clock, outboxWritten);
    }

    List<String> at(String wibTime, ReportScheduler scheduler) {
        testClock.set(LocalDateTime.parse(wibTime).atZone(WIB).toInstant());
        return scheduler.runDue();
    }

    /** The admin.report events written to the outbox for a period, each checked against its JSON schema. */
    List<AdminReport> events(String periodId) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select payload from outbox_event where aggregate_id = :id and type = :type", String.class)
                .setParameter("id", periodId).setParameter("type", EventTypes.ADMIN_REPORT).getResultList());
        List<AdminReport> out = new ArrayList<>();
        for (String json : payloads) {
            assertThat(EventSchemas.validate(EventTypes.ADMIN_REPORT, json)).as(periodId).isEmpty();
            out.add(EventJson.read(json, AdminReport.class));
        }
        return out;
    }

    AdminReport onlyEvent(String periodId) {
        List<AdminReport> events = events(periodId);
        assertThat(events).as(periodId).hasSize(1);
        return events.get(0);
    }

    @Test
    void theDailyReportGoesOnceAt0800AlsoWithTwoInstancesAtOnceAndAfterARestart() throws Exception {
        KnownHistory h = new KnownHistory(em);
        h.order(h.customer(), "mc-basic", 1, 150_000, "COMPLETED",
                LocalDateTime.parse("2031-01-14T09:00").atZone(WIB).toInstant());
        ReportScheduler one = instance();
        // the first tick ever: yesterday's report, and the weekly one that was due on Monday goes late
        assertThat(at("2031-01-14T08:00", one)).containsExactly("REPORT-DAILY-2031-01-13",
                "REPORT-WEEKLY-2031-01-06");
        assertThat(at("2031-01-15T07:59:59", one)).isEmpty();
        OTHERS.requests.clear();
        assertThat(at("2031-01-15T08:00", one)).containsExactly("REPORT-DAILY-2031-01-14");
        assertThat(at("2031-01-15T08:00:30", one)).isEmpty();

        AdminReport daily = onlyEvent("REPORT-DAILY-2031-01-14");
        assertThat(daily.period()).isEqualTo(AdminReport.Period.DAILY);
        assertThat(daily.from()).isEqualTo(LocalDate.parse("2031-01-14"));
        assertThat(daily.to()).isEqualTo(LocalDate.parse("2031-01-14"));
        assertThat(daily.timeZone()).isEqualTo("Asia/Jakarta");
        assertThat(daily.language()).isEqualTo("id");
        assertThat(daily.correlationId()).isEqualTo("report-daily-2031-01-14");
        assertThat(daily.text()).isEqualTo("""
                *Laporan harian 2031-01-14*
                Pesanan: 1 masuk, 1 selesai · pendapatan Rp150.000
                Provisioning: tingkat berhasil 77.8% (7 selesai, 2 gagal, 1 berjalan)
                ❌ ORD-7KQ2M9XD · NO_CAPACITY di PLACE
                   Ketik !retry ORD-7KQ2M9XD
                ❌ ORD-AB12CD34 · INSTALL_FAILED di WAIT_INSTALL
                   Ketik !retry ORD-AB12CD34
                Pesan tidak terkirim: 1 dari 20
                ✉️ ORD-7KQ2M9XD · SERVER_READY · FAILED · number not on WhatsApp
                ⚠️ node-1: FULL_SOON · memory full on 2031-01-20""");
        assertThat(OTHERS.requests).containsExactlyInAnyOrder(
                "/api/admin/reports/provisioning?from=2031-01-14&to=2031-01-14",
                "/api/admin/reports/capacity?from=2031-01-14&to=2031-01-14",
                "/api/admin/reports/notifications?from=2031-01-14&to=2031-01-14");

        // two instances tick at the same moment: one report
        testClock.set(LocalDateTime.parse("2031-01-16T08:00").atZone(WIB).toInstant());
        ReportScheduler a = instance();
        ReportScheduler b = instance();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> await(go, a));
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> await(go, b));
        go.countDown();
        List<String> sent = new ArrayList<>(first.get());
        sent.addAll(second.get());
        assertThat(sent).containsExactly("REPORT-DAILY-2031-01-15");
        onlyEvent("REPORT-DAILY-2031-01-15");

        // "restart": a new scheduler on the same database sends nothing again
        assertThat(at("2031-01-16T09:00", instance())).isEmpty();
        onlyEvent("REPORT-DAILY-2031-01-15");
        onlyEvent("REPORT-DAILY-2031-01-14");
        onlyEvent("REPORT-WEEKLY-2031-01-06");
    }

    private static List<String> await(CountDownLatch go, ReportScheduler scheduler) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return scheduler.runDue();
    }

    @Test
    void mondayBringsTheDailyReportAndTheWeeklyOneOfMondayToSundayOfTheWeekBefore() {
        ReportScheduler scheduler = instance();
        assertThat(at("2031-02-09T08:00", scheduler)).containsExactly("REPORT-DAILY-2031-02-08",
                "REPORT-WEEKLY-2031-01-27");
        assertThat(at("2031-02-10T07:59", scheduler)).isEmpty();
        OTHERS.requests.clear();
        assertThat(at("2031-02-10T08:00", scheduler)).containsExactly("REPORT-DAILY-2031-02-09",
                "REPORT-WEEKLY-2031-02-03");
        assertThat(at("2031-02-10T08:01", scheduler)).isEmpty();
        AdminReport weekly = onlyEvent("REPORT-WEEKLY-2031-02-03");
        assertThat(weekly.period()).isEqualTo(AdminReport.Period.WEEKLY);
        assertThat(weekly.from()).isEqualTo(LocalDate.parse("2031-02-03"));
        assertThat(weekly.from().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(weekly.to()).isEqualTo(LocalDate.parse("2031-02-09"));
        assertThat(weekly.text()).startsWith("*Laporan mingguan 2031-02-03 s.d. 2031-02-09*\n");
        assertThat(OTHERS.requests).contains("/api/admin/reports/provisioning?from=2031-02-03&to=2031-02-09");
        onlyEvent("REPORT-DAILY-2031-02-09");
    }

    @Test
    void aDowntimeAcrossTwoDaysSendsOnlyTheLatestDailyReportLate() {
        ReportScheduler scheduler = instance();
        assertThat(at("2031-03-05T08:00", scheduler)).containsExactly("REPORT-DAILY-2031-03-04",
                "REPORT-WEEKLY-2031-02-24");
        // down from 08:01 on the 5th until 10:00 on the 8th: the 6th's and 7th's reports were due meanwhile
        assertThat(at("2031-03-08T10:00", instance())).containsExactly("REPORT-DAILY-2031-03-07");
        assertThat(events("REPORT-DAILY-2031-03-05")).isEmpty();
        assertThat(events("REPORT-DAILY-2031-03-06")).isEmpty();
        onlyEvent("REPORT-DAILY-2031-03-07");
    }

    @Test
    void aPartThatDoesNotAnswerIsWaitedForUntilTheWaitIsOverThenTheReportSaysItIsNotAvailable() {
        ReportScheduler scheduler = instance();
        OTHERS.status = 503;
        // the weekly report was due yesterday, long past the wait: it goes now, without the missing parts
        assertThat(at("2031-04-08T08:00", scheduler)).containsExactly("REPORT-WEEKLY-2031-03-31");
        assertThat(at("2031-04-08T08:30", scheduler)).isEmpty();
        assertThat(at("2031-04-08T08:59:59", scheduler)).isEmpty();
        assertThat(events("REPORT-DAILY-2031-04-07")).isEmpty();
        assertThat(at("2031-04-08T09:00", scheduler)).containsExactly("REPORT-DAILY-2031-04-07");
        assertThat(onlyEvent("REPORT-DAILY-2031-04-07").text()).isEqualTo("""
                *Laporan harian 2031-04-07*
                Pesanan: 0 masuk, 0 selesai · pendapatan Rp0
                Provisioning: tidak tersedia (UNREACHABLE).
                Pesan: tidak tersedia (UNREACHABLE).
                Kapasitas: tidak tersedia (UNREACHABLE).""");
        String missing = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select parts_missing from admin_report where period_id = 'REPORT-DAILY-2031-04-07'")
                .getSingleResult());
        assertThat(missing).isEqualTo("provisioning (UNREACHABLE), capacity (UNREACHABLE), notifications (UNREACHABLE)");

        // the next day the services come back within the wait: the report has every part
        assertThat(at("2031-04-09T08:00", scheduler)).isEmpty();
        OTHERS.status = 200;
        assertThat(at("2031-04-09T08:20", scheduler)).containsExactly("REPORT-DAILY-2031-04-08");
        assertThat(onlyEvent("REPORT-DAILY-2031-04-08").text()).contains("tingkat berhasil 77.8%",
                "Ketik !retry ORD-7KQ2M9XD", "Pesan tidak terkirim: 1 dari 20", "node-1: FULL_SOON");
    }

    @Test
    void theSameRendererWritesEnglishAndListsAtMostTenFailuresWithHowManyMore() {
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            failures.append(i == 0 ? "" : ",").append("{\"orderId\":\"ORD-0000000").append(i % 10)
                    .append("\",\"reason\":\"PANEL_REJECTED\",\"step\":null}");
        }
        String before = OTHERS.provisioning;
        OTHERS.provisioning = "{\"totals\":{\"confirmed\":12,\"completed\":0,\"failed\":12,\"running\":0,"
                + "\"successRate\":0.0},\"failures\":[" + failures + "],\"failuresTotal\":25}";
        try {
            ReportParts parts = new ReportParts(Optional.of(OTHERS.url()), Optional.of(ReportServicesStandIn.KEY),
                    Duration.ofSeconds(2), Optional.empty(), Optional.empty(), Duration.ofSeconds(2));
            AdminReports reports = new AdminReports(sales, parts, texts);
            String text = reports.render(reports.gather(ReportRange.of(LocalDate.parse("2031-07-01"),
                    LocalDate.parse("2031-07-07"), WIB)), AdminReports.Kind.ON_DEMAND, "en");
            assertThat(text).startsWith("""
                    *Report 2031-07-01 to 2031-07-07*
                    Orders: 0 placed, 0 completed · revenue Rp0
                    Provisioning: success rate 0% (0 completed, 12 failed, 0 running)
                    ❌ ORD-00000000 · PANEL_REJECTED
                       Type !retry ORD-00000000
                    """);
            assertThat(text).endsWith("""
                       Type !retry ORD-00000009
                    ...and 15 more failures (!failed).
                    Messages: not available (NOT_CONFIGURED).
                    ⚠️ node-1: FULL_SOON · memory full on 2031-01-20""");
            assertThat(text.split("\n")).filteredOn(l -> l.startsWith("❌")).hasSize(10);
        } finally {
            OTHERS.provisioning = before;
        }
    }

    @Test
    void theDueTimesFollowReportTimeAndTheWeeklyDayInTheStoreTimeZone() {
        ReportScheduler scheduler = instance();
        Instant sundayNight = LocalDateTime.parse("2031-06-01T23:00").atZone(WIB).toInstant();
        ReportScheduler.Due daily = scheduler.latestDaily(sundayNight);
        assertThat(daily.from()).isEqualTo(LocalDate.parse("2031-05-31"));
        assertThat(daily.dueAt()).isEqualTo(LocalDateTime.parse("2031-06-01T08:00").atZone(WIB).toInstant());
        ReportScheduler.Due weekly = scheduler.latestWeekly(sundayNight);
        assertThat(weekly.from()).isEqualTo(LocalDate.parse("2031-05-19"));
        assertThat(weekly.to()).isEqualTo(LocalDate.parse("2031-05-25"));
        assertThat(weekly.dueAt()).isEqualTo(LocalDateTime.parse("2031-05-26T08:00").atZone(WIB).toInstant());
        // 2031-06-02 00:30 in Jakarta is still Sunday in UTC: the store's Monday, before 08:00
        Instant mondayEarly = LocalDateTime.parse("2031-06-02T00:30").atZone(WIB).toInstant();
        assertThat(scheduler.latestWeekly(mondayEarly).from()).isEqualTo(LocalDate.parse("2031-05-19"));
        assertThat(scheduler.latestWeekly(mondayEarly.plus(Duration.ofHours(8))).from())
                .isEqualTo(LocalDate.parse("2031-05-26"));
    }
}
