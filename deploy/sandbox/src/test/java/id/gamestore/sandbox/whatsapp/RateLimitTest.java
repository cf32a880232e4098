package id.gamestore.sandbox.whatsapp;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest extends SandboxTestSupport {

    @Test
    void aSecondMessageToTheSameRecipientWithinTheSpacingGets131056() {
        try (WhatsAppSandbox spaced = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults(),
                WhatsAppSandboxOptions.fast().withPairSpacing(Duration.ofSeconds(4)))) {
            send(spaced, "+6281200000001").then().statusCode(200);

            send(spaced, "+6281200000001").then().statusCode(400)
                    .body("error.code", equalTo(131056))
                    .body("error.error_data.details", notNullValue());
            send(spaced, "+6281200000002").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> send(spaced, "+6281200000001").statusCode() == 200);
            org.assertj.core.api.Assertions.assertThat(spaced.messagesTo("6281200000001")).hasSize(2);
        }
    }

    private static Response send(WhatsAppSandbox target, String to) {
        return given().baseUri(target.url()).header("Authorization", "Bearer " + TOKEN)
                .contentType("application/json")
                .body("{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"template\","
                        + "\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}")
                .post("/v23.0/" + PHONE_ID + "/messages");
    }

    @Test
    void throughputPerNumberGives130429AndDefaultsToMetasFigures() {
        org.assertj.core.api.Assertions.assertThat(WhatsAppSandboxOptions.defaults().pairSpacing())
                .isEqualTo(Duration.ofSeconds(6));
        org.assertj.core.api.Assertions.assertThat(WhatsAppSandboxOptions.defaults().messagesPerSecond())
                .isEqualTo(80);
        try (WhatsAppSandbox slow = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults(),
                WhatsAppSandboxOptions.fast().withMessagesPerSecond(1))) {
            String path = "/v23.0/" + PHONE_ID + "/messages";
            String body = "{\"messaging_product\":\"whatsapp\",\"to\":\"+6281200000003\",\"type\":\"template\","
                    + "\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}";
            io.restassured.RestAssured.given().baseUri(slow.url()).header("Authorization", "Bearer " + TOKEN)
                    .contentType("application/json").body(body).post(path).then().statusCode(200);
            io.restassured.RestAssured.given().baseUri(slow.url()).header("Authorization", "Bearer " + TOKEN)
                    .contentType("application/json").body(body.replace("003", "004")).post(path)
                    .then().statusCode(400).body("error.code", equalTo(130429));
        }
    }
}
