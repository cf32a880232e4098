package id.gamestore.provisioning.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.sandbox.faults.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Health, metrics and the API description live on the management interface (its own port, for operators and
 * monitoring only); the public port serves the admin API only, and readiness says what is wrong in codes.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ManagementInterfaceTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;
    @Inject
    MappingStatus mappingStatus;

    @AfterEach
    void panelBack() {
        PanelProbe.current().clearFaults();
        mappingStatus.refresh();
        mappingStatus.refresh();
    }

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
        onManagement().get("/q/metrics").then().statusCode(200).body(containsString("provisioning_jobs"));
        onManagement().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/admin/jobs/{orderId}/retry"));
    }

    @Test
    void readinessWithAnUnreachablePanelSaysSoWithoutHostOrError() {
        PanelProbe.current().fault(Fault.connectionReset().on("GET", "/api/application/nodes"));
        for (int i = 0; i < mappingStatus.failureThreshold(); i++) {
            mappingStatus.refresh();
        }
        String body = onManagement().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'panel-and-resource-mapping' }.data.panel", equalTo("UNREACHABLE"))
                .extract().asString();
        assertThat(body).doesNotContain("127.0.0.1", "localhost", "Exception", "Connection refused", "http://",
                "/api/application");
    }

    private RequestSpecification onManagement() {
        return given().port(management.getPort());
    }
}
