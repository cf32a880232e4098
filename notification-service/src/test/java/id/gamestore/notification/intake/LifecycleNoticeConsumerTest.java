package id.gamestore.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.LifecycleNotice.ExpiringItem;
import id.gamestore.contracts.events.LifecycleNotice.Kind;
import id.gamestore.contracts.events.LifecycleNotice.NoticeServer;
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
 * order-service's lifecycle notices on the {@code orders} exchange reach the customer and the admin through the
 * real broker, the delivery machinery and the WhatsApp sandbox; provisioning-service's lifecycle results on the
 * {@code provisioning} exchange are recorded and send nothing.
 */
@QuarkusTest
@Order(6)
class LifecycleNoticeConsumerTest extends SandboxTest {
    private static final String ADMIN = "+" + TestEvents.ADMIN_DIGITS;
    /** 14 Dec 2026 20:00 in Jakarta (WIB). */
    private static final Instant EXPIRES = Instant.parse("2026-12-14T13:00:00Z");

    @Inject
    ConversationWindows windows;

    @Test
    void aReminderReachesTheCustomerOnceWithTheExpiryInTheStoresTimeAndTheRenewCommand() {
        String phone = TestEvents.phone();
        String orderId = TestEvents.orderId();
        LifecycleNotice reminder = notice(orderId, Kind.REMINDER, List.of(LifecycleNotice.CUSTOMER),
                TestEvents.customer(phone, null), List.of());

        TestBroker.publishOnOrders(reminder);

        // a reminder goes days ahead, outside the 24-hour window: the approved template carries the whole text
        SentMessage sent = awaitMessages(phone, 1).get(0);
        assertThat(sent.templateName()).isEqualTo("lifecycle_notice");
        assertThat(body(sent)).contains(orderId, "14 Desember 2026 20:00 WIB", "!perpanjang " + orderId + " <bulan>",
                "mc-" + orderId.toLowerCase());

        TestBroker.publishOnOrders(reminder);
        assertStaysAt(phone, 1, Duration.ofSeconds(3));
        assertThat(Deliveries.ofOrder(orderId)).hasSize(1);
        assertThat(processed(reminder.eventId())).isTrue();
    }

    @Test
    void aSuspensionForCustomerAndAdminIsOneMessageToEach() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        Customer customer = new Customer("cus-" + orderId, phone, "Budi Santoso", null, "en");

        TestBroker.publishOnOrders(notice(orderId, Kind.SUSPENDED,
                List.of(LifecycleNotice.CUSTOMER, LifecycleNotice.ADMIN), customer, List.of()));

        SentMessage toCustomer = awaitMessages(phone, 1).get(0);
        assertThat(toCustomer.type()).isEqualTo("text");
        assertThat(toCustomer.text()).contains("Server Suspended", orderId, "21 December 2026 20:00 WIB",
                "!renew " + orderId);
        SentMessage toAdmin = awaitAdminMessage(orderId);
        assertThat(body(toAdmin)).contains(orderId, "Budi Santoso", phone);
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        assertThat(adminMessages(orderId)).hasSize(1);
        assertThat(Deliveries.ofOrder(orderId)).extracting(d -> d.kind)
                .containsExactlyInAnyOrder(MessageKind.LIFECYCLE, MessageKind.LIFECYCLE_ADMIN);
    }

    @Test
    void theExpiringDigestGoesToTheAdminOnly() {
        String phone = TestEvents.phone();
        String digest = "DIGEST-" + UUID.randomUUID().toString().substring(0, 8);
        String listed = TestEvents.orderId();
        // a digest that names a customer in its audience still never reaches one: it lists every customer
        TestBroker.publishOnOrders(notice(digest, Kind.EXPIRING_DIGEST,
                List.of(LifecycleNotice.ADMIN, LifecycleNotice.CUSTOMER), TestEvents.customer(phone, null),
                List.of(new ExpiringItem(listed, "Siti", phone, "Terraria Small", "tr-1", EXPIRES, "ACTIVE"))));

        SentMessage toAdmin = awaitAdminMessage(digest);
        assertThat(body(toAdmin)).contains(listed, "Siti " + phone, "Terraria Small", "14 Desember 2026 20:00 WIB",
                "ACTIVE");
        assertStaysAt(phone, 0, Duration.ofSeconds(2));
        assertThat(Deliveries.ofOrder(digest)).extracting(d -> d.kind).containsExactly(MessageKind.LIFECYCLE_ADMIN);
    }

    @Test
    void aLifecycleActionResultOnTheProvisioningExchangeIsAckedAndSendsNothing() {
        String orderId = TestEvents.orderId();
        LifecycleActionCompleted done = LifecycleActionCompleted.of(orderId, "corr-" + orderId, "act-" + orderId,
                LifecycleAction.SUSPEND, 42, false, null, "suspended on the panel");

        TestBroker.publish(done);

        await().atMost(Duration.ofSeconds(10)).until(() -> processed(done.eventId()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() -> {
            String parked = TestBroker.takeDeadLetter();
            return parked == null || !parked.contains(done.eventId().toString());
        });
        List<Delivery> deliveries = Deliveries.ofOrder(orderId);
        assertThat(deliveries).isEmpty();
        assertThat(adminMessages(orderId)).isEmpty();
    }

    static LifecycleNotice notice(String orderId, Kind kind, List<String> audience, Customer customer,
            List<ExpiringItem> items) {
        return new LifecycleNotice(UUID.randomUUID(), EventTypes.LIFECYCLE_NOTICE, 1, Instant.now(), orderId,
                "corr-" + orderId, kind, audience, customer,
                new NoticeServer("7c1e9b2a", "mc-" + orderId.toLowerCase(), "203.0.113.10:25565", "Minecraft 4GB"),
                EXPIRES, EXPIRES.plus(Duration.ofDays(1)), EXPIRES.plus(Duration.ofDays(7)), null, null, null, null,
                "Asia/Jakarta", items, null);
    }

    /** The text, or (outside the window) the approved template's parameters. */
    private static String body(SentMessage m) {
        return m.text() != null ? m.text() : String.join("\n", m.templateParams());
    }

    private List<SentMessage> adminMessages(String orderId) {
        return sandbox.messagesTo(ADMIN).stream().filter(m -> body(m).contains(orderId)).toList();
    }

    private SentMessage awaitAdminMessage(String orderId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !adminMessages(orderId).isEmpty());
        return adminMessages(orderId).get(0);
    }

    private static boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(eventId) != null);
    }

    private String openWindow() {
        String phone = TestEvents.phone();
        sandbox.simulateInbound(phone, "halo");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        return phone;
    }
}
