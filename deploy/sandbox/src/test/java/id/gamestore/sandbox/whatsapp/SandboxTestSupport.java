package id.gamestore.sandbox.whatsapp;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts one sandbox (fast timings) and one webhook receiver per test class; resets both before each test. */
abstract class SandboxTestSupport {
    static final String TOKEN = WhatsAppSandboxConfig.defaults().token();
    static final String PHONE_ID = WhatsAppSandboxConfig.defaults().phoneNumberId();
    static final String APP_SECRET = WhatsAppSandboxConfig.defaults().appSecret();

    static WhatsAppSandbox sandbox;
    static WebhookReceiver receiver;

    @BeforeAll
    static void startSandbox() throws IOException {
        receiver = new WebhookReceiver();
        sandbox = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults().withWebhookUrl(receiver.url())
                .withWahaWebhookUrl(receiver.url()), WhatsAppSandboxOptions.fast());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
        receiver.close();
    }

    @BeforeEach
    void resetState() {
        sandbox.reset();
        sandbox.setWebhookUrl(receiver.url());
        sandbox.setWahaWebhookUrl(receiver.url());
        receiver.clear();
    }

    static RequestSpecification cloud() {
        return given().baseUri(sandbox.url()).contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN);
    }

    static Response sendText(String to, String body) {
        return cloud().body(Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to,
                "type", "text", "text", Map.of("body", body))).post("/v23.0/" + PHONE_ID + "/messages");
    }

    static Response sendTemplate(String to, String callbackData, String... params) {
        var parameters = java.util.Arrays.stream(params).map(p -> Map.of("type", "text", "text", p)).toList();
        return cloud().body(Map.of("messaging_product", "whatsapp", "to", to, "type", "template",
                "biz_opaque_callback_data", callbackData,
                "template", Map.of("name", "server_siap_v1", "language", Map.of("code", "id"),
                        "components", java.util.List.of(Map.of("type", "body", "parameters", parameters)))))
                .post("/v23.0/" + PHONE_ID + "/messages");
    }

    static RequestSpecification admin() {
        return given().baseUri(sandbox.url()).contentType(ContentType.JSON);
    }
}
