package id.gamestore.notification.tracking.rest;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(5)
class DeliveryAdminResourceTest extends SandboxTest {
    private static final String KEY = "test-admin-key";

    @Test
    void withoutAValidKeyTheAdminApiAnswers401() {
        given().get("/api/admin/deliveries?orderId=x").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED")).body("field", equalTo("X-Api-Key"));
        given().header("X-Api-Key", "test-admin-kez").get("/api/admin/deliveries/stats").then().statusCode(401);
    }

    @Test
    void deliveriesOfAnOrderShowEveryAttemptButNeverTheBody() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        awaitQuiet();
        sandbox.faults().failNext(1, FaultKind.SERVER_ERROR);
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);

        given().header("X-Api-Key", KEY).get("/api/admin/deliveries?orderId=" + event.orderId())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("SERVER_READY"))
                .body("[0].state", equalTo("READ"))
                .body("[0].recipient", equalTo(phone))
                .body("[0].attempts", equalTo(2))
                .body("[0].attemptLog.outcome", org.hamcrest.Matchers.contains("RETRYABLE", "ACCEPTED"))
                .body("[0].attemptLog.channel", everyItem(equalTo("cloud")))
                .body("[0].bodyStored", equalTo(false))
                .body(not(containsString(TestEvents.PASSWORD_MARK)));
    }

    @Test
    void resendingADeliveredMessageIsRefusedOnceItsBodyIsPurged() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);
        String id = Deliveries.one(event.orderId(), MessageKind.SERVER_READY).id.toString();

        given().header("X-Api-Key", KEY).post("/api/admin/deliveries/" + id + "/resend")
                .then().statusCode(409).body("code", equalTo("BODY_PURGED"));
        given().header("X-Api-Key", KEY).post("/api/admin/deliveries/not-a-uuid/resend")
                .then().statusCode(400).body("field", equalTo("id"));
        given().header("X-Api-Key", KEY).post("/api/admin/deliveries/" + java.util.UUID.randomUUID() + "/resend")
                .then().statusCode(404).body("code", equalTo("DELIVERY_NOT_FOUND"));
        given().header("X-Api-Key", KEY).get("/api/admin/deliveries")
                .then().statusCode(400).body("field", equalTo("orderId"));
    }

    @Test
    void resendingAFailedMessageWhoseBodyIsKeptSendsItAgain() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        awaitQuiet();
        sandbox.faults().failNext(1, FaultKind.TOKEN_EXPIRED);
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.FAILED);
        var failed = Deliveries.one(event.orderId(), MessageKind.SERVER_READY);
        org.assertj.core.api.Assertions.assertThat(failed.failureCode).isEqualTo("MISCONFIGURED:190");
        org.assertj.core.api.Assertions.assertThat(failed.bodyEnvelope).as("purged after the fallback").isNull();
        given().header("X-Api-Key", KEY).post("/api/admin/deliveries/" + failed.id + "/resend")
                .then().statusCode(409).body("code", equalTo("BODY_PURGED"));
    }

    @Test
    void statsCountDeliveriesAndTimeFromCompletedToSentAndDelivered() {
        String phone = TestEvents.phone();
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        TestBroker.publish(event);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(event.orderId(), MessageKind.SERVER_READY) == DeliveryState.READ);

        given().header("X-Api-Key", KEY).get("/api/admin/deliveries/stats").then().statusCode(200)
                .body("sent", greaterThanOrEqualTo(1))
                .body("delivered", greaterThanOrEqualTo(1))
                .body("read", greaterThanOrEqualTo(1))
                .body("completedToSentMedianMs", notNullValue())
                .body("completedToSentP95Ms", notNullValue())
                .body("completedToDeliveredMedianMs", notNullValue())
                .body("completedToDeliveredP95Ms", notNullValue());
        given().header("X-Api-Key", KEY).get("/api/admin/deliveries/stats?since=yesterday").then().statusCode(400)
                .body("field", equalTo("since"));
        onManagement().get("/q/metrics").then().statusCode(200)
                .body(containsString("notification_deliveries_total"))
                .body(containsString("notification_event_to_sent_seconds"));
    }
}
