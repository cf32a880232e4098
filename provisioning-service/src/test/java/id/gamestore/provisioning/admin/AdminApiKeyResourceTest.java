package id.gamestore.provisioning.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.gamestore.provisioning.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;

/** The admin API answers an admin key only, whatever the spelling of the path. */
@QuarkusTest
class AdminApiKeyResourceTest {
    private static final String KEY = "test-admin-key";
    /** A key of another service (order-service's bot key in its tests): unknown here. */
    private static final String FOREIGN_KEY = "test-bot-key-1";
    /** A service key (order-service's chat): server status and power only. */
    private static final String SERVICE_KEY = "test-service-key";

    @Test
    void noKeyOrAnUnknownKeyIs401WithTheUsualBody() {
        given().get("/api/admin/jobs").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"))
                .body("message", equalTo("a valid X-Api-Key header is required")).body("field", equalTo("X-Api-Key"));
        given().header("X-Api-Key", FOREIGN_KEY).get("/api/admin/jobs").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", KEY + "x").get("/api/admin/capacity").then().statusCode(401);
        given().header("X-Api-Key", "").get("/api/admin/capacity").then().statusCode(401);
        assertThat(RawHttp.send("GET", "/api/admin/jobs", KEY, null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api//admin/jobs", "//api/admin/jobs", "/api/admin//jobs", "/api/admin/../admin/jobs",
        "/api/./admin/jobs", "/api/x/../admin/jobs", "/api/x/%2e%2e/admin/jobs", "/api/%61dmin/jobs",
        "/api/%61%64%6d%69%6e/jobs", "/api%2Fadmin/jobs", "/api/admin%2Fjobs", "/api/admin/jobs/", "/API/ADMIN/JOBS",
        "/api/ADMIN/jobs", "/api/admin;x=y/jobs", "/api/admin/jobs;x=y", "/api;x=y/admin/jobs" })
    void oddSpellingsOfAnAdminPathNeverReachTheJobListWithoutAnAdminKey(String path) {
        for (String key : new String[] { null, FOREIGN_KEY }) {
            RawHttp.Answer answer = RawHttp.send("GET", path, key, null);
            assertThat(answer.status()).as("%s with key %s: %s", path, key, answer.body()).isIn(400, 401, 404);
            assertThat(answer.body()).doesNotContain("\"items\"");
        }
    }

    /**
     * Every endpoint (found from the JAX-RS annotations) needs a key; the admin key opens every one, the service key
     * only those under {@code /api/servers} (403 on the admin API).
     */
    @Test
    void everyEndpointNeedsTheAdminKeyAndTheServiceKeyOpensOnlyServerEndpoints() {
        List<String> checked = new ArrayList<>();
        for (EndpointRolesTest.Endpoint endpoint : EndpointRolesTest.operations()) {
            String path = endpoint.path("ORD-ZZZZZZZZ");
            String verb = endpoint.verb();
            String what = verb + " " + endpoint.path();
            RawHttp.Answer none = RawHttp.send(verb, path, null, null);
            assertThat(none.status()).as("%s without a key", what).isEqualTo(401);
            assertThat(none.body()).as("%s without a key", what).contains("\"code\":\"UNAUTHORIZED\"");
            assertThat(RawHttp.send(verb, path, FOREIGN_KEY, null).status()).as("%s with an unknown key", what)
                    .isEqualTo(401);
            assertThat(RawHttp.send(verb, path, KEY, null).status()).as("%s with the admin key", what)
                    .isNotIn(401, 403);
            RawHttp.Answer service = RawHttp.send(verb, path, SERVICE_KEY, null);
            if (endpoint.path().startsWith("/api/servers/")) {
                assertThat(service.status()).as("%s with the service key", what).isNotIn(401, 403);
            } else {
                assertThat(service.status()).as("%s with the service key", what).isEqualTo(403);
                assertThat(service.body()).as("%s with the service key", what).contains("\"code\":\"FORBIDDEN\"");
            }
            checked.add(what);
        }
        assertThat(checked).contains("GET /api/admin/jobs", "GET /api/admin/capacity",
                "POST /api/admin/jobs/{orderId}/retry", "GET /api/servers/{identifier}/status",
                "POST /api/servers/{identifier}/power");
    }
}
