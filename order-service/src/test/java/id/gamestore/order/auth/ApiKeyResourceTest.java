package id.gamestore.order.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiKeyResourceTest {
    /** Spellings of /api/admin/orders that a router or a proxy might resolve to the admin list. */
    static final String[] ODD_ADMIN_PATHS = { "/api//admin/orders", "//api/admin/orders", "/api/admin//orders",
        "/api/admin/../admin/orders", "/api/./admin/orders", "/api/orders/../admin/orders",
        "/api/orders/%2e%2e/admin/orders", "/api/%61dmin/orders", "/api/%61%64%6d%69%6e/orders", "/api%2Fadmin/orders",
        "/api/admin%2Forders", "/api/admin/orders/", "/API/ADMIN/ORDERS", "/api/ADMIN/orders", "/api/admin;x=y/orders",
        "/api/admin/orders;x=y", "/api;x=y/admin/orders", "/api/admin/orders?x=/../../orders" };

    @Test
    void noKeyIs401() {
        given().get("/api/packages").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"))
                .body("message", equalTo("missing or unknown API key in header X-Api-Key"));
        given().contentType("application/json").body(Api.orderBody(Api.randomPhone(), "Budi", "mc-basic", 1))
                .post("/api/orders").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().get("/api/admin/orders").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void unknownKeyIs401() {
        given().header("X-Api-Key", "test-bot-key-3").get("/api/packages").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", "").get("/api/packages").then().statusCode(401);
        given().header("X-Api-Key", "test-admin-key-and-more").get("/api/admin/orders").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void botKeyOnAdminEndpointsIs403() {
        String id = Api.placeOrder();
        Api.bot().body("{\"confirmedBy\":\"bot\"}").post("/api/admin/orders/" + id + "/confirm").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"))
                .body("message", equalTo("this endpoint needs an admin API key"));
        Api.bot().get("/api/admin/orders").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.bot().get("/api/orders/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void everyConfiguredBotKeyWorks() {
        given().header("X-Api-Key", "test-bot-key-2").get("/api/packages").then().statusCode(200);
    }

    @Test
    void theAdminListAnswersTheAdminKeyOnItsOwnPath() {
        assertThat(RawHttp.send("GET", "/api/admin/orders", Api.ADMIN_KEY, null).status()).isEqualTo(200);
        assertThat(RawHttp.send("GET", "/api/admin/orders", Api.BOT_KEY, null).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api//admin/orders", "//api/admin/orders", "/api/admin//orders",
        "/api/admin/../admin/orders", "/api/./admin/orders", "/api/orders/../admin/orders",
        "/api/orders/%2e%2e/admin/orders", "/api/%61dmin/orders", "/api/%61%64%6d%69%6e/orders", "/api%2Fadmin/orders",
        "/api/admin%2Forders", "/api/admin/orders/", "/API/ADMIN/ORDERS", "/api/ADMIN/orders", "/api/admin;x=y/orders",
        "/api/admin/orders;x=y", "/api;x=y/admin/orders", "/api/admin/orders?x=/../../orders" })
    void oddSpellingsOfAnAdminPathNeverReachTheAdminListWithoutAnAdminKey(String path) {
        RawHttp.Answer bot = RawHttp.send("GET", path, Api.BOT_KEY, null);
        assertThat(bot.status()).as("bot key on %s: %s", path, bot.body()).isIn(400, 403, 404);
        assertThat(bot.body()).doesNotContain("\"items\"");
        RawHttp.Answer none = RawHttp.send("GET", path, null, null);
        assertThat(none.status()).as("no key on %s: %s", path, none.body()).isIn(400, 401, 404);
        assertThat(none.body()).doesNotContain("\"items\"");
    }

    @Test
    void oddSpellingsOfTheConfirmPathNeverConfirmWithABotKey() {
        String id = Api.placeOrder();
        for (String path : ODD_ADMIN_PATHS) {
            if (path.contains("?")) {
                continue;
            }
            String confirm = path.replaceFirst("(?i)orders(;x=y)?/?$", "orders$1/" + id + "/confirm");
            RawHttp.Answer answer = RawHttp.send("POST", confirm, Api.BOT_KEY, "{\"confirmedBy\":\"bot\"}");
            assertThat(answer.status()).as("bot key on %s: %s", confirm, answer.body()).isIn(400, 403, 404);
        }
        Api.admin().get("/api/admin/orders/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    /**
     * Every endpoint (found from the JAX-RS annotations) refuses a missing key with 401; every endpoint of a resource
     * tagged admin refuses a bot key with 403; the bot's endpoints accept a bot key (whatever they then say about the
     * made-up ids).
     */
    @Test
    void everyEndpointNeedsAKeyAndEveryAdminEndpointAnAdminKey() {
        List<String> checked = new ArrayList<>();
        for (EndpointRolesTest.Endpoint endpoint : EndpointRolesTest.operations()) {
            String path = endpoint.path("ORD-ZZZZZZZZ");
            String verb = endpoint.verb();
            String body = verb.equals("GET") ? null : "{}";
            boolean admin = Arrays.stream(endpoint.resource().getAnnotationsByType(Tag.class))
                    .anyMatch(t -> t.name().equals(OrderServiceApi.ADMIN_TAG));
            String what = verb + " " + endpoint.path();
            RawHttp.Answer none = RawHttp.send(verb, path, null, body);
            assertThat(none.status()).as("%s without a key", what).isEqualTo(401);
            assertThat(none.body()).as("%s without a key", what).contains("\"code\":\"UNAUTHORIZED\"");
            int bot = RawHttp.send(verb, path, Api.BOT_KEY, body).status();
            if (admin) {
                assertThat(bot).as("%s with a bot key", what).isEqualTo(403);
            } else {
                assertThat(bot).as("%s with a bot key", what).isNotIn(401, 403);
            }
            assertThat(RawHttp.send(verb, path, Api.ADMIN_KEY, body).status()).as("%s with an admin key", what)
                    .isNotIn(401, 403);
            checked.add(what);
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(11)
                .contains("POST /api/admin/orders/{orderId}/confirm", "GET /api/packages");
    }
}
