package id.gamestore.order.error;

import static id.gamestore.order.support.Api.bot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import id.gamestore.order.support.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorResourceTest {

    @Test
    void wrongContentTypeIs415() {
        given().header("X-Api-Key", Api.BOT_KEY).contentType("text/plain").body("phone=1")
                .post("/api/orders").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void oversizedBodyIs413WithAnErrorBody() {
        String big = "{\"customerName\":\"" + "a".repeat(20_000) + "\"}";
        bot().body(big).post("/api/orders").then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void unknownPathsAndMethodsGiveErrorBodies() {
        bot().get("/api/nothing-here").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().get("/no/such/page").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        bot().delete("/api/packages").then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void missingBodyIsNamed() {
        bot().post("/api/orders").then().statusCode(400).body("code", equalTo("BODY_REQUIRED"));
    }

    @Test
    void errorsNeverShowStackTracesOrClassNames() {
        bot().body("{\"phone\" \"x\"}").post("/api/orders").then().statusCode(400)
                .body(not(containsString("Exception"))).body(not(containsString("jackson")))
                .body("code", equalTo("MALFORMED_JSON"));
        bot().body("{\"durationMonths\": {\"a\":1}}").post("/api/orders").then().statusCode(400)
                .body(not(containsString("Exception"))).body(not(containsString("java.")))
                .body("field", equalTo("durationMonths"));
    }
}
