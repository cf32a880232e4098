package id.gamestore.sandbox.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WahaGatewayTest extends SandboxTestSupport {

    private static RequestSpecification waha() {
        return given().baseUri(sandbox.url()).contentType(ContentType.JSON)
                .header("X-Api-Key", WhatsAppSandboxConfig.defaults().wahaApiKey());
    }

    @Test
    void sendTextAnswers201AndAckWebhooksFollow() {
        String id = waha().body(Map.of("session", "default", "chatId", "6281500000001@c.us", "text", "Halo"))
                .post("/api/sendText")
                .then().statusCode(201)
                .body("id", startsWith("true_6281500000001@c.us_"))
                .body("fromMe", equalTo(true))
                .body("to", equalTo("6281500000001@c.us"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.wahaEvents("message.ack").size() == 3);
        var acks = receiver.wahaEvents("message.ack").stream().map(e -> e.path("payload")).toList();
        assertThat(acks).allSatisfy(p -> assertThat(p.path("id").asText()).isEqualTo(id));
        assertThat(acks.stream().map(p -> p.path("ack").asInt()).toList()).containsExactly(1, 2, 3);
        assertThat(acks.stream().map(p -> p.path("ackName").asText()).toList())
                .containsExactly("SERVER", "DEVICE", "READ");
        assertThat(receiver.wahaEvents("message.ack").get(0).path("session").asText()).isEqualTo("default");
        SentMessage m = sandbox.messagesTo("6281500000001@c.us").get(0);
        assertThat(m.channel()).isEqualTo("waha");
        assertThat(m.statusNames()).containsExactly("accepted", "sent", "delivered", "read");
    }

    @Test
    void wrongKeyBadChatIdAndStoppedSessionAreRefused() {
        given().baseUri(sandbox.url()).contentType(ContentType.JSON).header("X-Api-Key", "nope")
                .body(Map.of("chatId", "6281500000002@c.us", "text", "x")).post("/api/sendText")
                .then().statusCode(401).body("message", equalTo("Unauthorized"));
        waha().body(Map.of("chatId", "+6281500000002", "text", "x")).post("/api/sendText").then().statusCode(400);
        sandbox.faults().wahaSessionStatus("SCAN_QR_CODE");
        waha().body(Map.of("chatId", "6281500000002@c.us", "text", "x")).post("/api/sendText")
                .then().statusCode(422).body("session", equalTo("default"))
                .body("status", equalTo("SCAN_QR_CODE")).body("expected[0]", equalTo("WORKING"));
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void ackWebhooksAreSignedWithHmacSha512WhenAKeyIsConfigured() throws Exception {
        try (WhatsAppSandbox signed = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults()
                .withWahaWebhookUrl(receiver.url()), WhatsAppSandboxOptions.fast().withWahaHmacKey("waha-secret"))) {
            given().baseUri(signed.url()).contentType(ContentType.JSON)
                    .header("X-Api-Key", WhatsAppSandboxConfig.defaults().wahaApiKey())
                    .body(Map.of("chatId", "6281500000004@c.us", "text", "x")).post("/api/sendText")
                    .then().statusCode(201);

            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.wahaEvents("message.ack").size() == 3);
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA512");
        mac.init(new javax.crypto.spec.SecretKeySpec("waha-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA512"));
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.wahaHmac())
                .isEqualTo(java.util.HexFormat.of().formatHex(mac.doFinal(r.body()))));
    }

    @Test
    void undeliverableRecipientGetsAckError() {
        sandbox.faults().undeliverable("6281500000003");

        waha().body(Map.of("chatId", "6281500000003@c.us", "text", "x")).post("/api/sendText").then().statusCode(201);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.wahaEvents("message.ack").size() == 1);
        assertThat(receiver.wahaEvents("message.ack").get(0).path("payload").path("ack").asInt()).isEqualTo(-1);
    }
}
