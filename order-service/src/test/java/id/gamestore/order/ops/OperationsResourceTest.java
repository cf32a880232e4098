package id.gamestore.order.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class OperationsResourceTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void liveAndReadyWithDatabaseAndBroker() {
        onManagement().get("/q/health/live").then().statusCode(200);
        onManagement().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("rabbitmq-outbox"));
    }

    @Test
    void metricsShowOrdersByStatusAndTheOutboxBacklog() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> onManagement().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("orders_by_status{status=\"PENDING\"}"))
                .body(containsString("outbox_backlog"))
                .body(containsString("outbox_oldest_age_seconds"))
                .body(containsString("servers_by_state{state=\"SUSPENDED\"}"))
                .body(containsString("lifecycle_actions_waiting")));
    }

    @Test
    void openApiDescribesEndpointsAuthAndErrors() {
        onManagement().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/orders"))
                .body(containsString("/api/admin/orders/{orderId}/confirm"))
                .body(containsString("X-Api-Key"))
                .body(containsString("ILLEGAL_TRANSITION"))
                .body(containsString("IDEMPOTENCY_KEY_REUSED"));
    }

    private RequestSpecification onManagement() {
        return given().port(management.getPort());
    }
}
