package id.gamestore.sandbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StatusWebhookTest extends SandboxTestSupport {

    @Test
    void sentDeliveredReadArriveInOrderSignedAndEchoingCallbackData() throws Exception {
        String id = sendTemplate("+6281300000001", "dlv-42", "ORD-1").path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statusNames(id).size() == 3);
        assertThat(receiver.statusNames(id)).containsExactly("sent", "delivered", "read");
        for (WebhookReceiver.Received r : receiver.received()) {
            assertThat(r.signature()).isEqualTo("sha256=" + hmacSha256(APP_SECRET, r.body()));
            JsonNode root = r.json();
            assertThat(root.path("object").asText()).isEqualTo("whatsapp_business_account");
            JsonNode value = root.path("entry").get(0).path("changes").get(0).path("value");
            assertThat(value.path("metadata").path("phone_number_id").asText()).isEqualTo(PHONE_ID);
            JsonNode status = value.path("statuses").get(0);
            assertThat(status.path("biz_opaque_callback_data").asText()).isEqualTo("dlv-42");
            assertThat(status.path("recipient_id").asText()).isEqualTo("6281300000001");
            assertThat(status.path("timestamp").asText()).matches("\\d{10}");
            assertThat(status.path("pricing").path("pricing_model").asText()).isEqualTo("PMP");
        }
    }

    @Test
    void nonAsciiIsEscapedAndTheSignatureCoversTheBytesOnTheWire() throws Exception {
        sandbox.simulateInbound("+6281300000002", "Budi 🎮", "halo ✅");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.inboundMessages().size() == 1);
        WebhookReceiver.Received r = receiver.received().stream().filter(x -> x.signature() != null)
                .findFirst().orElseThrow();
        String raw = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(raw).contains("\\u2705").doesNotContain("✅");
        assertThat(r.signature()).isEqualTo("sha256=" + hmacSha256(APP_SECRET, r.body()));
        assertThat(receiver.inboundMessages().get(0).path("text").path("body").asText()).isEqualTo("halo ✅");
    }

    @Test
    void aFailingWebhookEndpointIsRetriedAndTheFailuresAreRecorded() {
        receiver.failNext(2);
        String id = sendTemplate("+6281300000003", "dlv-43").path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statusNames(id).size() == 3);
        assertThat(receiver.statusNames(id)).contains("sent", "delivered", "read");
        assertThat(sandbox.webhookFailures()).hasSize(2)
                .allSatisfy(a -> assertThat(a.httpStatus()).isEqualTo(500));
        assertThat(sandbox.webhookAttempts()).anySatisfy(a -> {
            assertThat(a.attempt()).isGreaterThan(1);
            assertThat(a.succeeded()).isTrue();
        });
    }

    @Test
    void wrongSignatureFaultSignsWithAnotherKey() throws Exception {
        sandbox.faults().wrongSignature(true);
        String id = sendTemplate("+6281300000004", "dlv-44").path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.statusNames(id).isEmpty());
        WebhookReceiver.Received r = receiver.received().get(0);
        assertThat(MessageDigest.isEqual(r.signature().getBytes(StandardCharsets.US_ASCII),
                ("sha256=" + hmacSha256(APP_SECRET, r.body())).getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    static String hmacSha256(String key, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
