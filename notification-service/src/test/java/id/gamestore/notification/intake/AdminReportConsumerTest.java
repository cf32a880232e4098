package id.gamestore.notification.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.AdminReport;
import id.gamestore.notification.channel.ConversationWindow;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * order-service's scheduled report ({@code admin.report} on the {@code orders} exchange) reaches the admin once per
 * event, through the real broker, the delivery machinery and the WhatsApp sandbox, with its text unchanged.
 */
@QuarkusTest
@Order(6)
class AdminReportConsumerTest extends SandboxTest {
    private static final String ADMIN = "+" + TestEvents.ADMIN_DIGITS;
    private static final String TEXT = """
            📊 *Laporan harian* 6 Des 2026 (Asia/Jakarta)

            Pesanan: 12 | selesai 10 | gagal 1 | berjalan 1
            Tingkat sukses: 90,9%
            Gagal:
            • ORD-20261206-0007 NO_CAPACITY di PLACE  ->  !retry ORD-20261206-0007
            Pesan tidak terkirim: 1
              (dua spasi di depan, tab\tdi tengah)
            """;

    @Inject
    ConversationWindows windows;

    @BeforeEach
    @AfterEach
    void closeTheAdminsWindow() {
        // other tests expect the admin's messages outside the 24-hour window (as approved templates)
        QuarkusTransaction.requiringNew().run(() -> ConversationWindow.deleteById(TestEvents.ADMIN_DIGITS));
    }

    @Test
    void aReportOutsideTheWindowGoesToTheAdminOnceAsTheApprovedTemplate() {
        AdminReport report = AdminReport.of(AdminReport.Period.DAILY, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1), "Asia/Jakarta", "id", TEXT);

        TestBroker.publishOnOrders(report);

        SentMessage sent = awaitAdminMessages(report.orderId(), 1).get(0);
        assertThat(sent.templateName()).isEqualTo("admin_report");
        assertThat(sent.templateParams()).containsExactly(report.orderId(), TEXT.replaceAll("[\\r\\n\\t]+", " ")
                .replaceAll(" {2,}", " ").trim());
        List<Delivery> deliveries = Deliveries.ofOrder(report.orderId());
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).kind).isEqualTo(MessageKind.ADMIN_REPORT);
        assertThat(deliveries.get(0).recipient).isEqualTo(ADMIN);

        // the broker delivers the same event again: nothing more is sent
        TestBroker.publishOnOrders(report);
        await().atMost(Duration.ofSeconds(10)).until(() -> processedTimes(report) == 1);
        // and a second report of the same period (another event id) does not reach the admin either
        AdminReport again = AdminReport.of(AdminReport.Period.DAILY, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1), "Asia/Jakarta", "id", TEXT + " (again)");
        TestBroker.publishOnOrders(again);
        await().atMost(Duration.ofSeconds(10)).until(() -> processedTimes(again) == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8))
                .until(() -> adminMessages(report.orderId()).size() == 1);
        assertThat(Deliveries.ofOrder(report.orderId())).hasSize(1);
    }

    @Test
    void insideTheWindowTheTextArrivesUnchangedAndShowsInTheReportAsItsOwnKind() {
        // the admin wrote to the store's number: the window is open on WhatsApp's side and on ours
        sandbox.simulateInbound(ADMIN, "!pending");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(ADMIN, Instant.now()));
        AdminReport report = AdminReport.of(AdminReport.Period.WEEKLY, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 8), "Asia/Jakarta", "id", TEXT);

        TestBroker.publishOnOrders(report);

        SentMessage sent = awaitAdminMessages(report.orderId(), 1).get(0);
        assertThat(sent.type()).isEqualTo("text");
        assertThat(sent.text()).isEqualTo(TEXT);
        given().header("X-Api-Key", "test-admin-key").get("/api/admin/reports/notifications").then()
                .statusCode(200).body("byKind.kind", hasItem("ADMIN_REPORT"));
    }

    /** The admin's messages of this period: a template names it, a text is the one its delivery's send returned. */
    private List<SentMessage> adminMessages(String periodId) {
        Delivery d = Deliveries.one(periodId, MessageKind.ADMIN_REPORT);
        String providerId = d == null ? null : d.providerMessageId;
        return sandbox.messagesTo(ADMIN).stream().filter(m -> m.templateParams() != null
                && m.templateParams().contains(periodId) || m.id() != null && m.id().equals(providerId)).toList();
    }

    private List<SentMessage> awaitAdminMessages(String periodId, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> adminMessages(periodId).size() >= count);
        return adminMessages(periodId);
    }

    private static long processedTimes(AdminReport report) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", report.eventId()));
    }
}
