package id.gamestore.notification.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.gamestore.notification.support.RawHttp;
import id.gamestore.notification.support.SandboxTest;
import io.quarkus.test.junit.QuarkusTest;

/** The admin API answers an admin key only, whatever the spelling of the path; the webhooks stay public. */
@QuarkusTest
class AdminApiKeyResourceTest extends SandboxTest {
    private static final String KEY = "test-admin-key";
    /** A key of another service (order-service's bot key in its tests): unknown here. */
    private static final String FOREIGN_KEY = "test-bot-key-1";

    @Test
    void noKeyOrAnUnknownKeyIs401WithTheUsualBody() {
        given().get("/api/admin/deliveries/stats").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"))
                .body("message", equalTo("a valid admin key is required")).body("field", equalTo("X-Api-Key"));
        given().header("X-Api-Key", FOREIGN_KEY).get("/api/admin/deliveries/stats").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", "").get("/api/admin/deliveries/stats").then().statusCode(401);
        assertThat(RawHttp.send("GET", "/api/admin/deliveries/stats", KEY, null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api//admin/deliveries/stats", "//api/admin/deliveries/stats",
        "/api/admin//deliveries/stats", "/api/admin/../admin/deliveries/stats", "/api/./admin/deliveries/stats",
        "/webhooks/../api/admin/deliveries/stats", "/webhooks/%2e%2e/api/admin/deliveries/stats",
        "/api/%61dmin/deliveries/stats", "/api/%61%64%6d%69%6e/deliveries/stats", "/api%2Fadmin/deliveries/stats",
        "/api/admin%2Fdeliveries/stats", "/api/admin/deliveries/stats/", "/API/ADMIN/DELIVERIES/STATS",
        "/api/ADMIN/deliveries/stats", "/api/admin;x=y/deliveries/stats", "/api/admin/deliveries/stats;x=y",
        "/api;x=y/admin/deliveries/stats", "/webhooks/whatsapp/../../api/admin/deliveries/stats" })
    void oddSpellingsOfAnAdminPathNeverReachTheStatsWithoutAnAdminKey(String path) {
        for (String key : new String[] { null, FOREIGN_KEY }) {
            RawHttp.Answer answer = RawHttp.send("GET", path, key, null);
            assertThat(answer.status()).as("%s with key %s: %s", path, key, answer.body()).isIn(400, 401, 404);
            assertThat(answer.body()).doesNotContain("\"delivered\"");
        }
    }

    /** Every admin endpoint (found from the JAX-RS annotations) needs the admin key; the webhooks need none. */
    @Test
    void everyAdminEndpointNeedsTheAdminKeyAndNoWebhookAsksForOne() {
        List<String> checked = new ArrayList<>();
        for (EndpointRolesTest.Endpoint endpoint : EndpointRolesTest.operations()) {
            String path = endpoint.path("00000000-0000-0000-0000-000000000000");
            String verb = endpoint.verb();
            String what = verb + " " + endpoint.path();
            String body = verb.equals("GET") ? null : "{}";
            RawHttp.Answer none = RawHttp.send(verb, path, null, body);
            if (endpoint.path().startsWith("/webhooks/")) {
                assertThat(none.body()).as("%s without a key", what).doesNotContain("\"UNAUTHORIZED\"");
                RawHttp.Answer stray = RawHttp.send(verb, path, FOREIGN_KEY, body);
                assertThat(stray.status()).as("%s with a stray key", what).isEqualTo(none.status());
            } else {
                assertThat(none.status()).as("%s without a key", what).isEqualTo(401);
                assertThat(none.body()).as("%s without a key", what).contains("\"code\":\"UNAUTHORIZED\"");
                assertThat(RawHttp.send(verb, path, FOREIGN_KEY, body).status()).as("%s with an unknown key", what)
                        .isEqualTo(401);
                assertThat(RawHttp.send(verb, path, KEY, body).status()).as("%s with the admin key", what)
                        .isNotIn(401, 403);
            }
            checked.add(what);
        }
        assertThat(checked).contains("GET /api/admin/deliveries/stats", "POST /api/admin/deliveries/{id}/resend",
                "GET /webhooks/whatsapp", "POST /webhooks/whatsapp", "POST /webhooks/waha");
    }

    @Test
    void theWebhookHandshakeIsPublicEvenWithAStrayApiKey() {
        given().header("X-Api-Key", FOREIGN_KEY).queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "sandbox-verify-token").queryParam("hub.challenge", "4711")
                .get("/webhooks/whatsapp").then().statusCode(200).body(equalTo("4711"));
    }
}
