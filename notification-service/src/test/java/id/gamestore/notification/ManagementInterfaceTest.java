package id.gamestore.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.SandboxTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The public port faces the internet for WhatsApp's webhooks, so it serves the webhooks and the admin API only;
 * health, metrics and the API description are on the management interface, and readiness answers in codes.
 */
@QuarkusTest
@Order(8)
class ManagementInterfaceTest extends SandboxTest {
    @Test
    void healthMetricsAndApiDescriptionAreNotServedOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi",
                "/q/swagger-ui", "/q/swagger-ui/")) {
            given().get(path).then().statusCode(404);
        }
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "sandbox-verify-token")
                .queryParam("hub.challenge", "4242").get("/webhooks/whatsapp").then().statusCode(200)
                .body(equalTo("4242"));
    }

    @Test
    void healthMetricsAndApiDescriptionAreServedOnTheManagementPort() {
        assertThat(management.getPort()).isNotEqualTo(RestAssured.port);
        onManagement().get("/q/health/live").then().statusCode(200);
        onManagement().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        onManagement().get("/q/metrics").then().statusCode(200).body(containsString("notification_deliveries"));
        onManagement().get("/q/openapi").then().statusCode(200).body(containsString("/webhooks/whatsapp"));
    }

    @Test
    void readinessAnswersInCodesWithoutHostOrError() {
        String body = onManagement().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("127.0.0.1", "localhost", "Exception", "Connection refused");
        List<Map<String, Object>> checks = onManagement().get("/q/health/ready").then().extract().jsonPath()
                .getList("checks");
        for (Map<String, Object> check : checks) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) check.getOrDefault("data", Map.of());
            data.forEach((key, value) -> assertThat(String.valueOf(value))
                    .as("%s.%s", check.get("name"), key).matches("[A-Za-z0-9_.,-]+"));
        }
    }
}
