package id.gamestore.notification.delivery;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.ServerReadyMessages;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(1)
class ServerReadyDeliveryTest extends SandboxTest {
    @Inject
    ConversationWindows windows;

    @Test
    void completedEventSendsTheBriefsMessageOnceAndReceiptsMoveItToRead() {
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        sandbox.simulateInbound(phone, "halo, saya sudah bayar");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), password);

        TestBroker.publish(event);

        List<SentMessage> messages = awaitMessages(phone, 1);
        SentMessage message = messages.get(0);
        assertThat(message.type()).isEqualTo("text");
        assertThat(message.text()).isEqualTo(TestEvents.briefText(event, password));
        assertThat(message.bizOpaqueCallbackData()).isNotBlank();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        Delivery delivery = Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
        assertThat(delivery.id.toString()).isEqualTo(message.bizOpaqueCallbackData());
        assertThat(delivery.providerMessageId).isEqualTo(message.id());
        assertThat(delivery.sentAt).isNotNull();
        assertThat(delivery.deliveredAt).isNotNull();
        assertThat(delivery.readAt).isNotNull();
        assertThat(delivery.bodyEnvelope).as("body purged once delivered").isNull();
        assertThat(Deliveries.attempts(delivery)).hasSize(1).first()
                .satisfies(a -> assertThat(a.outcome).isEqualTo("ACCEPTED"))
                .satisfies(a -> assertThat(a.mode).isEqualTo("text"));
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
    }

    @Test
    void aThreePortServerArrivesWithEveryFactAsTheDocumentedMessageShowsIt() {
        String phone = TestEvents.phone();
        sandbox.simulateInbound(phone, "halo, sudah transfer");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        ProvisioningCompleted event = ServerReadyMessages.threePorts(TestEvents.orderId(), customer(phone, null),
                TestEvents.password());

        TestBroker.publish(event);

        String text = awaitMessages(phone, 1).get(0).text();
        // the service's own Qute engine and settings (STORE_TIME_ZONE default, the test profile's SERVER_DOCS_URLS)
        // render what the documented example's composer renders
        assertThat(text).isEqualTo(ServerReadyMessages.composer().serverReady(event).text());
        assertThat(text).contains("• Port query: 203.0.113.10:25566", "• Port RCON: 203.0.113.10:25575",
                "• Username: budi_santoso.7c1e9b2a", "• Total dibayar: Rp150.000", "14:05 WIB",
                "Server Anda sudah berjalan", "📖 Panduan: https://docs.store.example/minecraft");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
    }

    @Test
    void outsideTheWindowTheApprovedTemplateCarriesEveryValue() {
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), password);

        TestBroker.publish(event);

        SentMessage message = awaitMessages(phone, 1).get(0);
        assertThat(message.type()).isEqualTo("template");
        assertThat(message.templateName()).isEqualTo("server_siap_v1");
        assertThat(message.templateLanguage()).isEqualTo("id");
        ServerInfo s = event.server();
        assertThat(message.templateParams()).containsExactly(event.orderId(), "Minecraft 4GB", "3",
                "https://panel.example.test", event.panel().username(), password, s.identifier(), s.name(), s.ip(),
                String.valueOf(s.port()), "4096", "200", "20480", TestEvents.ADMIN_DIGITS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
    }

    @Test
    void returningCustomerIsToldToUseTheExistingLoginAndHowToResetIt() {
        String phone = TestEvents.phone();
        sandbox.openWindow(phone);
        sandbox.simulateInbound(phone, "halo");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), null);

        TestBroker.publish(event);

        String text = awaitMessages(phone, 1).get(0).text();
        assertThat(text).contains("Order ID: " + event.orderId(), "Username: " + event.panel().username(),
                "password akun Anda yang sudah ada", "!reset-password", "!server-status " + event.server().identifier());
        assertThat(text).doesNotContain(TestEvents.PASSWORD_MARK);
        assertThat(Deliveries.one(event.orderId(), MessageKind.SERVER_READY_RETURNING)).isNotNull();
    }

    @Test
    void replayedEventsNeverSendASecondMessage() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        ProvisioningCompleted sameOrderNewEventId = new ProvisioningCompleted(java.util.UUID.randomUUID(),
                EventTypes.PROVISIONING_COMPLETED, 1, Instant.now(), event.orderId(), event.correlationId(),
                event.jobId(), event.customer(), event.pkg(), event.panel(), event.server());

        TestBroker.publish(event);
        awaitMessages(phone, 1);
        TestBroker.publish(event);
        TestBroker.publish(event);
        TestBroker.publish(sameOrderNewEventId);

        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        assertThat(Deliveries.ofOrder(event.orderId())).hasSize(1);
    }

    @Test
    void aMissingValueIsNeverSentBlankTheAdminIsAlertedInstead() {
        String phone = TestEvents.phone();
        String orderId = TestEvents.orderId();
        Customer customer = customer(phone, null);
        ServerInfo noIp = new ServerInfo(5, "uuid", "abcd1234", "mc-x", null, 25565, 4096, 200, 20480);
        PanelAccess panel = new PanelAccess("https://panel.example.test", 1, "budi", "b@example.test", true,
                TestEvents.CIPHER.seal(TestEvents.password(), orderId));

        TestBroker.publish(completed(orderId, customer, panel, noIp));

        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .anyMatch(m -> m.templateParams().contains(orderId)));
        assertThat(sandbox.messagesTo(phone)).isEmpty();
        Delivery failed = Deliveries.one(orderId, MessageKind.SERVER_READY);
        assertThat(failed.state).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.failureCode).isEqualTo("MISSING_VALUE:serverIp");
        assertThat(failed.fallback).isEqualTo("admin-alert");
    }
}
