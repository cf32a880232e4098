package id.gamestore.notification.tracking.rest;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** GET /api/admin/orders/{orderId}/login-delivery on the real database, with messages sent through the sandbox. */
@QuarkusTest
@Order(8)
class LoginDeliveryResourceTest extends SandboxTest {
    private static final String KEY = "test-admin-key";

    private static ValidatableResponse loginDelivery(String orderId, String requestId) {
        var request = given().header("X-Api-Key", KEY);
        if (requestId != null) {
            request = request.queryParam("requestId", requestId);
        }
        return request.get("/api/admin/orders/" + orderId + "/login-delivery").then();
    }

    @Test
    void anOrderWithoutAnyLoginMessageIsNone() {
        String orderId = TestEvents.orderId();
        loginDelivery(orderId, null).statusCode(200)
                .body("orderId", equalTo(orderId))
                .body("$", hasKey("requestId")).body("requestId", nullValue())
                .body("state", equalTo("NONE"))
                .body("$", hasKey("updatedAt")).body("updatedAt", nullValue());
    }

    @Test
    void aServerReadyMessageReadByTheCustomerIsArrived() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);

        loginDelivery(event.orderId(), null).statusCode(200)
                .body("state", equalTo("ARRIVED")).body("updatedAt", notNullValue());
    }

    @Test
    void aSentMessageWithoutReceiptIsPendingUntilTheDeadlineMakesItFailed() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        sandbox.faults().recipient(phone, RecipientOutcome.NEVER_DELIVERED);
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.SENT);

        loginDelivery(event.orderId(), null).statusCode(200).body("state", equalTo("PENDING"));

        await().atMost(Duration.ofSeconds(25))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.FAILED);
        loginDelivery(event.orderId(), null).statusCode(200).body("state", equalTo("FAILED"));
    }

    @Test
    void aServerReadyMessageThatFailedIsFailedEvenThoughTheFallbackEmailWentOut() {
        String phone = TestEvents.phone();
        String email = "login." + phone.substring(1) + "@example.test";
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, email), TestEvents.password());
        sandbox.faults().undeliverable(phone);
        TestBroker.publish(event);
        // WhatsApp fails, then the email goes out: two dispatcher rounds, slow on a loaded 2-core machine
        await().atMost(Duration.ofSeconds(45)).until(() -> Deliveries.state(event.orderId(),
                MessageKind.FALLBACK_EMAIL) == DeliveryState.DELIVERED);
        await().atMost(Duration.ofSeconds(5)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(m -> subject(m).contains(event.orderId())));

        loginDelivery(event.orderId(), null).statusCode(200).body("state", equalTo("FAILED"))
                .body("updatedAt", notNullValue());
    }

    @Test
    void aReturningCustomersServerReadyMessageAloneIsNone() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), null);
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15)).until(() -> Deliveries.state(event.orderId(),
                MessageKind.SERVER_READY_RETURNING) == DeliveryState.READ);

        loginDelivery(event.orderId(), null).statusCode(200).body("state", equalTo("NONE"))
                .body("updatedAt", nullValue());
    }

    @Test
    void withARequestIdOnlyThatResetsMessageCounts() {
        String phone = TestEvents.phone();
        String orderId = TestEvents.orderId();
        String requestId = TestEvents.requestId();
        CredentialsReset reset = TestEvents.reset(orderId, customer(phone, null), requestId, TestEvents.password());
        TestBroker.publish(reset);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(orderId, MessageKind.PASSWORD_RESET) == DeliveryState.READ);

        loginDelivery(orderId, requestId).statusCode(200)
                .body("orderId", equalTo(orderId)).body("requestId", equalTo(requestId))
                .body("state", equalTo("ARRIVED"));
        loginDelivery(orderId, TestEvents.requestId()).statusCode(200).body("state", equalTo("NONE"));
        loginDelivery(orderId, null).statusCode(200).body("state", equalTo("NONE"));
    }

    @Test
    void aBadOrderOrRequestIdIs400NamingTheFieldAndNoKeyIs401() {
        loginDelivery("ORD bad!", null).statusCode(400).body("code", equalTo("INVALID_PARAMETER"))
                .body("field", equalTo("orderId"));
        loginDelivery("x".repeat(65), null).statusCode(400).body("field", equalTo("orderId"));
        loginDelivery(TestEvents.orderId(), "rst;drop").statusCode(400).body("code", equalTo("INVALID_PARAMETER"))
                .body("field", equalTo("requestId"));
        loginDelivery(TestEvents.orderId(), " ").statusCode(400).body("code", equalTo("MISSING_PARAMETER"))
                .body("field", equalTo("requestId"));
        given().get("/api/admin/orders/" + TestEvents.orderId() + "/login-delivery").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
