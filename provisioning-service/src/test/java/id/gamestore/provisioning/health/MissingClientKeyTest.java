package id.gamestore.provisioning.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.NoClientKeyProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Auto-start (on in the test profile) sends the start signal through the client API: without
 * PTERODACTYL_CLIENT_API_KEY every start would be refused, so readiness is DOWN at once and says why.
 */
@QuarkusTest
@TestProfile(NoClientKeyProfile.class)
class MissingClientKeyTest {
    private static final String CHECK = "checks.find { it.name == 'panel-and-resource-mapping' }";

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aMissingClientKeyWithAutoStartOnMakesReadinessDown() {
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(503)
                .body(CHECK + ".status", equalTo("DOWN")).body(CHECK + ".data.clientKey", equalTo("MISSING"))
                .body(CHECK + ".data.panel", equalTo("UP"));
    }

    /** The chat still gets an answer it can word: "status not available right now", never a 500. */
    @Test
    void aMissingClientKeyMakesServerStatusNotAvailableAndPower503() {
        given().header("X-Api-Key", "test-service-key").get("/api/servers/ef39bc02/status").then().statusCode(200)
                .body("identifier", equalTo("ef39bc02")).body("available", equalTo(false))
                .body("reason", equalTo("CLIENT_KEY_NOT_CONFIGURED"));
        given().header("X-Api-Key", "test-service-key").contentType("application/json").body("{\"signal\":\"start\"}")
                .post("/api/servers/ef39bc02/power").then().statusCode(503).body("code", equalTo("PANEL_UNAVAILABLE"));
    }
}
