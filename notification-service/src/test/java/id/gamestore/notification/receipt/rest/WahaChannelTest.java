package id.gamestore.notification.receipt.rest;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.LeakScan;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.SentMessage;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The same promise through the WAHA gateway: free-form text, signed acks, retry on a session that is not ready. */
@QuarkusTest
@TestProfile(WahaChannelTest.WahaProfile.class)
@Order(20)
class WahaChannelTest extends SandboxTest {

    public static class WahaProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.whatsapp.channel", "waha");
        }
    }

    @Test
    void completedEventGoesOutAsTextThroughWahaAndAcksMoveItToRead() throws Exception {
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), password);
        sandbox.faults().failNext(1, FaultKind.SERVICE_UNAVAILABLE);

        TestBroker.publish(event);

        SentMessage message = awaitMessages(phone, 1).get(0);
        assertThat(message.channel()).isEqualTo("waha");
        assertThat(message.text()).isEqualTo(TestEvents.briefText(event, password));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        assertThat(Deliveries.attempts(Deliveries.one(event.orderId(), MessageKind.SERVER_READY)))
                .extracting(a -> a.outcome).containsExactly("RETRYABLE", "ACCEPTED");
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
        LeakScan.assertLogClean();
    }

    @Test
    void unsignedWahaWebhooksAreRefused() {
        given().contentType("application/json")
                .body("{\"event\":\"message.ack\",\"payload\":{\"id\":\"x\",\"ack\":3}}")
                .post("/webhooks/waha").then().statusCode(401);
        given().contentType("application/json").header("X-Webhook-Hmac", "00ff")
                .body("{\"event\":\"message.ack\",\"payload\":{\"id\":\"x\",\"ack\":3}}")
                .post("/webhooks/waha").then().statusCode(401);
    }

    @Test
    void readinessNamesTheWahaChannel() {
        onManagement().get("/q/health/ready").then().statusCode(200);
    }
}
