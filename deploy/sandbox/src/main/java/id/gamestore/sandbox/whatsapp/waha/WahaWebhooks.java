package id.gamestore.sandbox.whatsapp.waha;

import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.StatusChange;
import id.gamestore.sandbox.whatsapp.webhook.CloudWebhooks;
import id.gamestore.sandbox.whatsapp.webhook.Signatures;
import id.gamestore.sandbox.whatsapp.webhook.WebhookSender;
import id.gamestore.sandbox.whatsapp.webhook.WebhookTargets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * WAHA's webhooks: {@code message.ack} for messages we sent (ack 1 SERVER, 2 DEVICE, 3 READ, -1 ERROR) and
 * {@code message} for inbound ones, in WAHA's envelope. Signed with {@code X-Webhook-Hmac} (SHA-512) when a key
 * is configured.
 */
public final class WahaWebhooks {
    public static final String SESSION = "default";
    public static final String ME = CloudWebhooks.DISPLAY_PHONE_NUMBER + "@c.us";

    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final String hmacKey;
    private final Clock clock;

    public WahaWebhooks(WebhookTargets targets, WebhookSender sender, String hmacKey, Clock clock) {
        this.targets = targets;
        this.sender = sender;
        this.hmacKey = hmacKey;
        this.clock = clock;
    }

    public static int ack(String status) {
        return switch (status) {
            case "sent" -> 1;
            case "delivered" -> 2;
            case "read" -> 3;
            case "failed" -> -1;
            default -> 0;
        };
    }

    public static String ackName(int ack) {
        return switch (ack) {
            case 1 -> "SERVER";
            case 2 -> "DEVICE";
            case 3 -> "READ";
            case 4 -> "PLAYED";
            case -1 -> "ERROR";
            default -> "PENDING";
        };
    }

    /** Posts one ack (the notifier of the WAHA status pipeline). */
    public void ack(MessageRecord record, StatusChange change) {
        int ack = ack(change.status());
        Map<String, Object> payload = Json.obj("id", record.id(), "from", ME, "to", record.to(),
                "fromMe", true, "ack", ack, "ackName", ackName(ack));
        payload.put("participant", null);
        post("message.ack", record.id(), payload);
    }

    /** Posts an inbound text from a customer; {@code _data.notifyName} carries their profile name, as WAHA's does. */
    public void inbound(String fromDigits, String profileName, String messageId, String text) {
        post("message", messageId, Json.obj("id", messageId, "timestamp", clock.instant().getEpochSecond(),
                "from", fromDigits + "@c.us", "fromMe", false, "to", ME, "body", text, "hasMedia", false,
                "_data", Json.obj("notifyName", profileName)));
    }

    private void post(String event, String messageId, Map<String, Object> payload) {
        String url = targets.wahaUrl();
        if (url == null) {
            return;
        }
        Map<String, Object> envelope = Json.obj("id", "evt_" + UUID.randomUUID().toString().replace("-", ""),
                "timestamp", clock.millis(), "session", SESSION, "metadata", Map.of(), "engine", "NOWEB",
                "environment", Json.obj("version", "2024.10.1", "engine", "NOWEB", "tier", "CORE"),
                "me", Json.obj("id", ME, "pushName", "Sandbox Store"), "event", event, "payload", payload);
        byte[] body = Json.bytes(envelope);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Webhook-Request-Id", UUID.randomUUID().toString());
        headers.put("X-Webhook-Timestamp", String.valueOf(clock.millis()));
        if (hmacKey != null) {
            headers.put("X-Webhook-Hmac", Signatures.hmacHex("HmacSHA512", hmacKey, body));
            headers.put("X-Webhook-Hmac-Algorithm", "sha512");
        }
        sender.post("waha", url, event, messageId, body, headers);
    }
}
