package id.gamestore.notification.delivery;

import static id.gamestore.notification.support.TestEvents.customer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.SentMessage;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import io.quarkus.test.junit.QuarkusTest;

/** credentials.reset and credentials.reset-failed in, through the real broker, to the sandbox's WhatsApp. */
@QuarkusTest
@Order(7)
class PasswordResetDeliveryTest extends SandboxTest {
    private static final String KEY = "test-admin-key";

    @Inject
    ConversationWindows windows;

    @Test
    void aResetSendsTheNewPasswordOnceHoweverOftenTheEventIsReplayed() {
        String phone = openWindow();
        String password = TestEvents.password();
        CredentialsReset event = TestEvents.reset(TestEvents.orderId(), customer(phone, null), TestEvents.requestId(),
                password);

        TestBroker.publish(event);
        SentMessage message = awaitMessages(phone, 1).get(0);
        for (int i = 0; i < 3; i++) {
            TestBroker.publish(event);
        }

        assertThat(message.type()).isEqualTo("text");
        ServerInfo s = event.server();
        assertThat(message.text()).contains("🔑 *Password Panel Baru*", "Order ID: " + event.orderId(),
                "URL: https://panel.example.test", "Username: " + event.username(), "Password baru: " + password,
                "Server ID: " + s.identifier(), "Nama: " + s.name(), "IP: " + s.ip() + ":" + s.port(),
                "Password lama sudah tidak berlaku", "wa.me/" + TestEvents.ADMIN_DIGITS, "!help",
                "!server-status " + s.identifier(), "Jangan bagikan password");
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.PASSWORD_RESET) == DeliveryState.READ);
        Delivery delivery = Deliveries.one(event.orderId(), MessageKind.PASSWORD_RESET);
        assertThat(delivery.requestId).isEqualTo(event.requestId());
        assertThat(delivery.bodyEnvelope).as("body purged once delivered").isNull();
        assertThat(Deliveries.ofOrder(event.orderId())).hasSize(1);
    }

    @Test
    void theSameRequestAnsweredUnderANewEventIdIsNotSentAgain() {
        String phone = openWindow();
        CredentialsReset event = TestEvents.reset(TestEvents.orderId(), customer(phone, null), TestEvents.requestId(),
                TestEvents.password());
        CredentialsReset republished = new CredentialsReset(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET, 1,
                Instant.now(), event.orderId(), event.correlationId(), event.requestId(), event.customer(),
                event.pkg(), event.panelUrl(), event.username(), event.password(), event.server());

        TestBroker.publish(event);
        awaitMessages(phone, 1);
        TestBroker.publish(republished);

        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        assertThat(Deliveries.ofOrder(event.orderId())).hasSize(1);
    }

    @Test
    void twoResetsOfOneOrderAreTwoMessagesEachWithItsPassword() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        String first = TestEvents.password();
        String second = TestEvents.password();

        TestBroker.publish(TestEvents.reset(orderId, customer(phone, null), TestEvents.requestId(), first));
        awaitMessages(phone, 1);
        TestBroker.publish(TestEvents.reset(orderId, customer(phone, null), TestEvents.requestId(), second));

        List<SentMessage> messages = awaitMessages(phone, 2);
        assertThat(messages).extracting(SentMessage::text).anyMatch(t -> t.contains(first))
                .anyMatch(t -> t.contains(second));
        assertStaysAt(phone, 2, Duration.ofSeconds(2));
        assertThat(Deliveries.ofOrder(orderId)).hasSize(2)
                .allMatch(d -> d.kind == MessageKind.PASSWORD_RESET);
    }

    @Test
    void anUnsentLoginWhosePasswordAResetReplacedIsNeverSent() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        String oldPassword = TestEvents.password();
        awaitQuiet();
        // WhatsApp's pair rate limit holds the server-ready message back for 6 s ...
        sandbox.faults().failNext(1, FaultKind.PAIR_RATE_LIMIT);
        TestBroker.publish(TestEvents.completed(orderId, customer(phone, null), oldPassword));
        await().atMost(Duration.ofSeconds(10)).until(() -> Deliveries.ofOrder(orderId).stream()
                .anyMatch(d -> d.kind == MessageKind.SERVER_READY && d.attempts == 1
                        && d.state == DeliveryState.PENDING));
        // ... and meanwhile the customer resets the password, so the held message's password is dead.
        String newPassword = TestEvents.password();
        TestBroker.publish(TestEvents.reset(orderId, customer(phone, null), TestEvents.requestId(), newPassword));

        List<SentMessage> messages = awaitMessages(phone, 1);
        assertThat(messages.get(0).text()).contains(newPassword).doesNotContain(oldPassword);
        assertStaysAt(phone, 1, Duration.ofSeconds(8));
        Delivery stale = Deliveries.one(orderId, MessageKind.SERVER_READY);
        assertThat(stale.state).isEqualTo(DeliveryState.SUPERSEDED);
        assertThat(stale.bodyEnvelope).as("the dead password's body is purged").isNull();
    }

    @Test
    void outsideTheWindowTheApprovedTemplateCarriesEveryValue() {
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        CredentialsReset event = TestEvents.reset(TestEvents.orderId(), customer(phone, null), TestEvents.requestId(),
                password);

        TestBroker.publish(event);

        SentMessage message = awaitMessages(phone, 1).get(0);
        assertThat(message.type()).isEqualTo("template");
        assertThat(message.templateName()).isEqualTo("password_reset");
        assertThat(message.templateLanguage()).isEqualTo("id");
        ServerInfo s = event.server();
        assertThat(message.templateParams()).containsExactly(event.orderId(), "https://panel.example.test",
                event.username(), password, s.identifier(), s.name(), s.ip(), String.valueOf(s.port()),
                TestEvents.ADMIN_DIGITS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.PASSWORD_RESET) == DeliveryState.READ);
    }

    @Test
    void aFailedResetTellsTheCustomerSafelyAndTheAdminTheDetail() {
        String phone = openWindow();
        CredentialsResetFailed failed = TestEvents.resetFailed(TestEvents.orderId(), customer(phone, null),
                TestEvents.requestId());

        TestBroker.publish(failed);
        TestBroker.publish(failed);

        String text = awaitMessages(phone, 1).get(0).text();
        assertThat(text).contains("Reset Password Belum Berhasil", failed.orderId(), failed.customerMessage(),
                "Langkah selanjutnya", "wa.me/" + TestEvents.ADMIN_DIGITS);
        assertThat(text).doesNotContain(failed.adminDetail(), "PANEL_USER_MISSING");
        await().atMost(Duration.ofSeconds(10)).until(() -> adminAlertsFor(failed.orderId()).size() == 1);
        SentMessage alert = adminAlertsFor(failed.orderId()).get(0);
        assertThat(alert.templateParams()).contains("PASSWORD_RESET_FAILED");
        assertThat(String.join(" ", alert.templateParams())).contains(failed.adminDetail(), "PANEL_USER_MISSING",
                failed.requestId());
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        assertThat(adminAlertsFor(failed.orderId())).hasSize(1);
    }

    @Test
    void theAdminApiListsResetMessagesAndRefusesAResendOnceThePasswordIsPurged() {
        String phone = openWindow();
        CredentialsReset event = TestEvents.reset(TestEvents.orderId(), customer(phone, null), TestEvents.requestId(),
                TestEvents.password());
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.PASSWORD_RESET) == DeliveryState.READ);

        String body = given().header("X-Api-Key", KEY).get("/api/admin/deliveries?orderId=" + event.orderId())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("PASSWORD_RESET"))
                .body("[0].requestId", equalTo(event.requestId()))
                .body("[0].bodyStored", equalTo(false))
                .body(not(containsString(TestEvents.PASSWORD_MARK)))
                .extract().asString();
        assertThat(body).doesNotContain("Password baru");
        String id = Deliveries.one(event.orderId(), MessageKind.PASSWORD_RESET).id.toString();
        given().header("X-Api-Key", KEY).post("/api/admin/deliveries/" + id + "/resend")
                .then().statusCode(409).body("code", equalTo("BODY_PURGED"))
                .body("message", containsString("password-reset"))
                .body(not(containsString(TestEvents.PASSWORD_MARK)));
    }

    @Test
    void anUnreadablePasswordEnvelopeIsNeverSentTheAdminIsAlertedInstead() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        CredentialsReset sealedForAnotherOrder = new CredentialsReset(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET,
                1, Instant.now(), orderId, "corr-x", TestEvents.requestId(), customer(phone, null), TestEvents.pkg(),
                "https://panel.example.test", "budi", TestEvents.CIPHER.seal(TestEvents.password(), "ORD-OTHER"),
                TestEvents.server(orderId));

        TestBroker.publish(sealedForAnotherOrder);

        await().atMost(Duration.ofSeconds(15)).until(() -> !adminAlertsFor(orderId).isEmpty());
        assertThat(sandbox.messagesTo(phone)).isEmpty();
        Delivery failed = Deliveries.one(orderId, MessageKind.PASSWORD_RESET);
        assertThat(failed.state).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.failureCode).isEqualTo("CREDENTIAL_UNREADABLE");
        assertThat(failed.fallback).isEqualTo("admin-alert");
    }

    private List<SentMessage> adminAlertsFor(String orderId) {
        return sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .filter(m -> m.templateParams() != null && m.templateParams().contains(orderId)
                        || m.text() != null && m.text().contains(orderId))
                .toList();
    }

    private String openWindow() {
        String phone = TestEvents.phone();
        sandbox.simulateInbound(phone, "!reset-password");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        return phone;
    }
}
