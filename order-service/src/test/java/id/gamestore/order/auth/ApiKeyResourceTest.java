package id.gamestore.order.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import id.gamestore.order.support.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void noKeyIs401() {
        given().get("/api/packages").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().contentType("application/json").body(Api.orderBody(Api.randomPhone(), "Budi", "mc-basic", 1))
                .post("/api/orders").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().get("/api/admin/orders").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void unknownKeyIs401() {
        given().header("X-Api-Key", "test-bot-key-3").get("/api/packages").then().statusCode(401);
        given().header("X-Api-Key", "").get("/api/packages").then().statusCode(401);
        given().header("X-Api-Key", "test-admin-key-and-more").get("/api/admin/orders").then().statusCode(401);
    }

    @Test
    void botKeyOnAdminEndpointsIs403() {
        String id = Api.placeOrder();
        Api.bot().body("{\"confirmedBy\":\"bot\"}").post("/api/admin/orders/" + id + "/confirm").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.bot().get("/api/admin/orders").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.bot().get("/api/orders/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void everyConfiguredBotKeyWorks() {
        given().header("X-Api-Key", "test-bot-key-2").get("/api/packages").then().statusCode(200);
    }
}
