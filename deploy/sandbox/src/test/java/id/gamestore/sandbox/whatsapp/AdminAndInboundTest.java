package id.gamestore.sandbox.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAndInboundTest extends SandboxTestSupport {

    @Test
    void verificationHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        given().baseUri(sandbox.url()).queryParam("hub.mode", "subscribe").queryParam("hub.challenge", "1158201444")
                .queryParam("hub.verify_token", WhatsAppSandboxConfig.defaults().verifyToken())
                .get("/webhook").then().statusCode(200).body(equalTo("1158201444"));
        given().baseUri(sandbox.url()).queryParam("hub.mode", "subscribe").queryParam("hub.challenge", "1")
                .queryParam("hub.verify_token", "wrong").get("/webhook").then().statusCode(403);
    }

    @Test
    void registeringACallbackWithVerifyRunsTheHandshakeAgainstIt() {
        sandbox.setWebhookUrl(null);
        admin().body(Map.of("url", receiver.url(), "verify", true)).put("/__sandbox/webhook")
                .then().statusCode(200).body("verified", equalTo(true));
        assertThat(sandbox.webhookUrl()).isEqualTo(receiver.url());

        receiver.verifyToken("another-token");
        sandbox.setWebhookUrl(null);
        admin().body(Map.of("url", receiver.url(), "verify", true)).put("/__sandbox/webhook")
                .then().statusCode(400).body("error.code", equalTo("WEBHOOK_VERIFICATION_FAILED"))
                .body("error.httpStatus", equalTo(403));
        assertThat(sandbox.webhookUrl()).isNull();
    }

    @Test
    void inboundSimulationOpensTheWindowAndForwardsAMessagesWebhook() {
        admin().body(Map.of("from", "+6281600000001", "text", "!server-status 12")).post("/__sandbox/inbound")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.inboundMessages().size() == 1);
        var message = receiver.inboundMessages().get(0);
        assertThat(message.path("from").asText()).isEqualTo("6281600000001");
        assertThat(message.path("type").asText()).isEqualTo("text");
        assertThat(message.path("text").path("body").asText()).isEqualTo("!server-status 12");
        assertThat(sandbox.isWindowOpen("6281600000001")).isTrue();
        sendText("+6281600000001", "balasan").then().statusCode(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sandbox.messagesTo("6281600000001").get(0).hasStatus("read"));
    }

    @Test
    void aSimulatedCustomerTypingACommandArrivesSignedLikeMetaWithAFreshWamidOnBothWebhooks() throws Exception {
        String text = "!status ef39bc02 🟢";
        String first = admin().body(Map.of("from", "+6281600000009", "text", text, "name", "Budi"))
                .post("/__sandbox/inbound").then().statusCode(200).extract().path("id");
        String second = admin().body(Map.of("from", "+6281600000009", "text", text, "name", "Budi"))
                .post("/__sandbox/inbound").then().statusCode(200).extract().path("id");

        assertThat(first).startsWith("wamid.").isNotEqualTo(second);
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 4);
        var cloud = receiver.received().stream().filter(r -> r.signature() != null).toList();
        assertThat(cloud).hasSize(2).allSatisfy(r -> {
            // Meta signs the exact bytes it sends (non-ASCII escaped) with the app secret
            assertThat(r.signature()).isEqualTo("sha256=" + hmac(WhatsAppSandboxConfig.defaults().appSecret(),
                    r.body()));
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).matches("\\p{ASCII}*");
        });
        assertThat(receiver.inboundMessages()).extracting(m -> m.path("id").asText())
                .containsExactlyInAnyOrder(first, second);
        assertThat(receiver.inboundMessages()).allSatisfy(m -> {
            assertThat(m.path("text").path("body").asText()).isEqualTo(text);
            assertThat(m.path("from").asText()).isEqualTo("6281600000009");
        });
        assertThat(cloud.get(0).json().at("/entry/0/changes/0/value/contacts/0/profile/name").asText())
                .isEqualTo("Budi");
        assertThat(receiver.wahaEvents("message")).extracting(e -> e.at("/payload/id").asText())
                .containsExactlyInAnyOrder(first, second);
        assertThat(receiver.wahaEvents("message")).allSatisfy(e -> {
            assertThat(e.at("/payload/body").asText()).isEqualTo(text);
            assertThat(e.at("/payload/from").asText()).isEqualTo("6281600000009@c.us");
            assertThat(e.at("/payload/_data/notifyName").asText()).isEqualTo("Budi");
        });

        // the store's reply is then visible to the test through the inspection endpoint
        sendText("+6281600000009", "🟢 Server ef39bc02 berjalan").then().statusCode(200);
        admin().queryParam("to", "+6281600000009").get("/__sandbox/messages").then().statusCode(200)
                .body("messages", hasSize(1)).body("messages[0].text", equalTo("🟢 Server ef39bc02 berjalan"));
    }

    private static String hmac(String key, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void messagesListShowsTimelinesAndResetClearsEverything() {
        sandbox.openWindow("6281600000002");
        sandbox.faults().undeliverable("6281600000003").latency(Duration.ofMillis(1));
        sendText("+6281600000002", "x").then().statusCode(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sandbox.messagesTo("6281600000002").get(0).hasStatus("read"));
        admin().get("/__sandbox/messages").then().statusCode(200)
                .body("messages", hasSize(1))
                .body("messages[0].statuses.status", org.hamcrest.Matchers.contains("accepted", "sent", "delivered",
                        "read"));

        admin().post("/__sandbox/reset").then().statusCode(204);

        admin().get("/__sandbox/messages").then().statusCode(200).body("messages", hasSize(0));
        assertThat(sandbox.isWindowOpen("6281600000002")).isFalse();
        assertThat(sandbox.faults().outcomeFor("6281600000003").name()).isEqualTo("NORMAL");
        assertThat(sandbox.faults().latency()).isZero();
        assertThat(sandbox.webhookAttempts()).isEmpty();
        sendText("+6281600000002", "y").then().statusCode(200);
    }

    @Test
    void webhookUrlCanBeChangedOverHttp() {
        admin().body(Map.of("url", "http://127.0.0.1:1/nowhere")).put("/__sandbox/webhook").then().statusCode(204);

        admin().get("/__sandbox/webhook").then().statusCode(200).body("url", equalTo("http://127.0.0.1:1/nowhere"));
        assertThat(sandbox.webhookUrl()).isEqualTo("http://127.0.0.1:1/nowhere");
        admin().body(Map.of("phone", "x")).post("/__sandbox/faults/recipient").then().statusCode(400);
    }

    @Test
    void configurationFromTheEnvironmentHasDevelopmentDefaults() {
        WhatsAppSandboxConfig c = WhatsAppSandboxConfig.fromEnv(Map.of("SANDBOX_WA_TOKEN", "t"));
        assertThat(c.port()).isEqualTo(8091);
        assertThat(c.token()).isEqualTo("t");
        assertThat(c.phoneNumberId()).isEqualTo("100000000000001");
        assertThat(c.appSecret()).isEqualTo(WhatsAppSandboxConfig.defaults().appSecret());
        assertThat(WhatsAppSandboxOptions.fromEnv(Map.of("SANDBOX_WA_PAIR_SPACING_MS", "100")).pairSpacing())
                .isEqualTo(Duration.ofMillis(100));
    }
}
