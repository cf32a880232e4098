package id.gamestore.order.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Health, metrics and the API description live on the management interface (its own port, not published to the
 * bot or the internet); the public port serves the API only.
 */
@QuarkusTest
class ManagementInterfaceTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void healthMetricsAndApiDescriptionAreNotServedOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi",
                "/q/swagger-ui", "/q/swagger-ui/")) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void healthMetricsAndApiDescriptionAreServedOnTheManagementPort() {
        assertThat(management.getPort()).isNotEqualTo(RestAssured.port);
        onManagement().get("/q/health/live").then().statusCode(200);
        onManagement().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        onManagement().get("/q/metrics").then().statusCode(200).body(containsString("outbox_backlog"));
        onManagement().get("/q/openapi").then().statusCode(200).body(containsString("/api/orders"));
    }

    @Test
    void readinessNamesNoHostPortOrError() {
        String body = onManagement().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("127.0.0.1", "localhost", ":5672", "Exception", "Connection refused");
    }

    private io.restassured.specification.RequestSpecification onManagement() {
        return given().port(management.getPort());
    }
}
