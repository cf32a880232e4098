package id.gamestore.notification.receipt.rest;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(3)
class WhatsAppWebhookResourceTest extends SandboxTest {

    @Test
    void verificationHandshakeEchoesTheChallengeOnlyForOurToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "sandbox-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get("/webhooks/whatsapp").then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .get("/webhooks/whatsapp").then().statusCode(403);
    }

    @Test
    void badSignatureIs401AndChangesNothingWhileSignedReceiptsOnlyMoveForward() {
        Delivery sent = sentButNotDelivered();
        String read = status(sent, "read");

        given().header("X-Hub-Signature-256", "sha256=" + Signatures.hmac("HmacSHA256", "wrong-secret",
                bytes(read))).contentType("application/json").body(read)
                .post("/webhooks/whatsapp").then().statusCode(401).body("code", equalTo("BAD_SIGNATURE"));
        given().contentType("application/json").body(read)
                .post("/webhooks/whatsapp").then().statusCode(401);
        assertThat(Deliveries.state(sent.orderId, MessageKind.SERVER_READY)).isEqualTo(DeliveryState.SENT);

        postSigned(status(sent, "delivered"));
        assertThat(Deliveries.state(sent.orderId, MessageKind.SERVER_READY)).isEqualTo(DeliveryState.DELIVERED);
        postSigned(status(sent, "sent"));
        postSigned(status(sent, "delivered"));
        assertThat(Deliveries.state(sent.orderId, MessageKind.SERVER_READY)).isEqualTo(DeliveryState.DELIVERED);
        postSigned(read);
        postSigned(status(sent, "delivered"));
        assertThat(Deliveries.state(sent.orderId, MessageKind.SERVER_READY)).isEqualTo(DeliveryState.READ);
    }

    @Test
    void sandboxWebhooksSignedWithTheWrongKeyAreRefused() {
        String phone = TestEvents.phone();
        sandbox.faults().wrongSignature(true);
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());

        TestBroker.publish(event);

        String wamid = awaitMessages(phone, 1).get(0).id();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.webhookFailures().stream()
                .anyMatch(a -> wamid.equals(a.messageId()) && a.httpStatus() == 401));
        assertThat(Deliveries.state(event.orderId(), MessageKind.SERVER_READY)).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void duplicateAndReorderedSandboxReceiptsEndAtRead() {
        String phone = TestEvents.phone();
        sandbox.faults().duplicateWebhooks(true).reorderWebhooks(true);
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());

        TestBroker.publish(event);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
        assertThat(Deliveries.state(event.orderId(), MessageKind.SERVER_READY)).isEqualTo(DeliveryState.READ);
    }

    @Test
    void textRefusedBecauseTheWindowClosedIsResentAsTheTemplate() {
        String phone = TestEvents.phone();
        postSigned(inbound(phone));
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());

        TestBroker.publish(event);

        var messages = awaitMessages(phone, 2);
        assertThat(messages).extracting(m -> m.type()).containsExactly("text", "template");
        assertThat(messages.get(0).latestStatus()).isEqualTo("failed");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        assertThat(Deliveries.attempts(Deliveries.one(event.orderId(), MessageKind.SERVER_READY)))
                .filteredOn(a -> a.outcome.equals("ACCEPTED")).extracting(a -> a.mode)
                .containsExactly("text", "template");
    }

    private static String inbound(String phone) {
        String digits = phone.substring(1);
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",
                "phone_number_id":"100000000000001"},"contacts":[{"profile":{"name":"Budi"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"wamid.in","timestamp":"%d","type":"text","text":{"body":"halo"}}]}}]}]}"""
                .formatted(digits, digits, java.time.Instant.now().getEpochSecond());
    }

    private Delivery sentButNotDelivered() {
        String phone = TestEvents.phone();
        sandbox.faults().recipient(phone, RecipientOutcome.NEVER_DELIVERED);
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.SENT);
        return Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
    }

    private static void postSigned(String body) {
        given().header("X-Hub-Signature-256", "sha256=" + Signatures.hmac("HmacSHA256", "sandbox-app-secret",
                bytes(body))).contentType("application/json").body(bytes(body))
                .post("/webhooks/whatsapp").then().statusCode(200);
    }

    private static String status(Delivery d, String status) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",
                "phone_number_id":"100000000000001"},"statuses":[{"id":"%s","status":"%s","timestamp":"1767225600",
                "recipient_id":"%s","biz_opaque_callback_data":"%s"}]}}]}]}"""
                .formatted(d.providerMessageId, status, d.recipient.substring(1), d.id);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
