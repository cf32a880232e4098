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

/**
 * The admin API answers only clients from {@code notification.admin.allowed-networks}; to anyone else it does not
 * exist (404, before the key is looked at). The webhooks stay open to the internet. The test profile trusts
 * {@code X-Forwarded-For} from 127.0.0.1, so these requests come "from" the address in that header.
 */
@QuarkusTest
class AdminNetworkResourceTest extends SandboxTest {
    private static final String KEY = "test-admin-key";
    private static final String INTERNET = "203.0.113.7";
    private static final String PRIVATE = "10.1.2.3";

    @Test
    void everyAdminEndpointIs404FromOutsideTheAllowedNetworksEvenWithTheAdminKey() {
        List<String> checked = new ArrayList<>();
        for (EndpointRolesTest.Endpoint endpoint : EndpointRolesTest.operations()) {
            if (endpoint.path().startsWith("/webhooks/")) {
                continue;
            }
            String path = endpoint.path("00000000-0000-0000-0000-000000000000");
            String what = endpoint.verb() + " " + endpoint.path();
            String body = endpoint.verb().equals("GET") ? null : "{}";
            for (String key : new String[] { KEY, null, "not-a-key" }) {
                RawHttp.Answer answer = RawHttp.send(endpoint.verb(), path, key, body, INTERNET);
                assertThat(answer.status()).as("%s from %s with key %s: %s", what, INTERNET, key, answer.body())
                        .isEqualTo(404);
                assertThat(answer.body()).as(what).contains("\"code\":\"NOT_FOUND\"");
            }
            checked.add(what);
        }
        assertThat(checked).contains("GET /api/admin/deliveries", "GET /api/admin/deliveries/stats",
                "POST /api/admin/deliveries/{id}/resend", "GET /api/admin/orders/{orderId}/login-delivery");
    }

    @Test
    void everyAdminEndpointAnswersAsUsualFromAPrivateNetwork() {
        for (EndpointRolesTest.Endpoint endpoint : EndpointRolesTest.operations()) {
            if (endpoint.path().startsWith("/webhooks/")) {
                continue;
            }
            String path = endpoint.path("00000000-0000-0000-0000-000000000000");
            String what = endpoint.verb() + " " + endpoint.path();
            String body = endpoint.verb().equals("GET") ? null : "{}";
            RawHttp.Answer none = RawHttp.send(endpoint.verb(), path, null, body, PRIVATE);
            assertThat(none.status()).as("%s from %s without a key", what, PRIVATE).isEqualTo(401);
            RawHttp.Answer admin = RawHttp.send(endpoint.verb(), path, KEY, body, PRIVATE);
            assertThat(admin.body()).as("%s from %s with the admin key", what, PRIVATE)
                    .doesNotContain("\"code\":\"NOT_FOUND\",\"message\":\"no such resource\"");
            assertThat(admin.status()).as(what).isNotIn(401, 403);
        }
        given().header("X-Forwarded-For", PRIVATE).header("X-Api-Key", KEY).get("/api/admin/deliveries/stats")
                .then().statusCode(200);
        given().header("X-Forwarded-For", PRIVATE).header("X-Api-Key", KEY)
                .get("/api/admin/orders/ORD-NET-1/login-delivery").then().statusCode(200)
                .body("state", equalTo("NONE"));
    }

    @Test
    void ipv6ClientsAreCheckedToo() {
        given().header("X-Forwarded-For", "2001:db8::7").header("X-Api-Key", KEY).get("/api/admin/deliveries/stats")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("X-Forwarded-For", "fd12:3456::7").header("X-Api-Key", KEY).get("/api/admin/deliveries/stats")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api//admin/deliveries/stats", "//api/admin/deliveries/stats",
        "/api/admin//deliveries/stats", "/api/admin/../admin/deliveries/stats", "/api/./admin/deliveries/stats",
        "/webhooks/../api/admin/deliveries/stats", "/webhooks/%2e%2e/api/admin/deliveries/stats",
        "/api/%61dmin/deliveries/stats", "/api/%61%64%6d%69%6e/deliveries/stats", "/api/admin/deliveries/stats/",
        "/api/admin;x=y/deliveries/stats", "/api/admin/deliveries/stats;x=y",
        "/webhooks/whatsapp/../../api/admin/deliveries/stats" })
    void oddSpellingsOfAnAdminPathFromOutsideNeverReachTheApi(String path) {
        RawHttp.Answer answer = RawHttp.send("GET", path, KEY, null, INTERNET);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("\"delivered\"").doesNotContain("UNAUTHORIZED");
    }

    @Test
    void theWebhookHandshakeStillAnswersTheInternet() {
        given().header("X-Forwarded-For", INTERNET).queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "sandbox-verify-token").queryParam("hub.challenge", "8675309")
                .get("/webhooks/whatsapp").then().statusCode(200).body(equalTo("8675309"));
    }
}
