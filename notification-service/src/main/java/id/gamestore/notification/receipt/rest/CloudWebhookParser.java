package id.gamestore.notification.receipt.rest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.notification.receipt.Receipt;

/**
 * Reads a verified Cloud API webhook body: status receipts and inbound messages (which open the window; their text,
 * when they are text messages, may be a chat command).
 */
final class CloudWebhookParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param text the body of a {@code text} message, else null; @param pushName the sender's profile name */
    record Inbound(String from, Instant at, String messageId, String text, String pushName) {
        @Override
        public String toString() {
            return "Inbound[messageId=" + messageId + "]";
        }
    }

    record Parsed(List<Receipt> receipts, List<Inbound> inbound) {
    }

    static Parsed parse(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        List<Receipt> receipts = new ArrayList<>();
        List<Inbound> inbound = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                for (JsonNode status : value.path("statuses")) {
                    Receipt receipt = receipt(status);
                    if (receipt != null) {
                        receipts.add(receipt);
                    }
                }
                for (JsonNode message : value.path("messages")) {
                    String from = message.path("from").asText("");
                    if (!from.isEmpty()) {
                        String text = "text".equals(message.path("type").asText())
                                ? message.path("text").path("body").asText(null) : null;
                        inbound.add(new Inbound(from, epoch(message.path("timestamp").asText(null)),
                                message.path("id").asText(null), text, profileName(value, from)));
                    }
                }
            }
        }
        return new Parsed(receipts, inbound);
    }

    private static String profileName(JsonNode value, String waId) {
        for (JsonNode contact : value.path("contacts")) {
            if (waId.equals(contact.path("wa_id").asText())) {
                return contact.path("profile").path("name").asText(null);
            }
        }
        return null;
    }

    private static Receipt receipt(JsonNode status) {
        Receipt.Status state = switch (status.path("status").asText("")) {
            case "sent" -> Receipt.Status.SENT;
            case "delivered" -> Receipt.Status.DELIVERED;
            case "read" -> Receipt.Status.READ;
            case "failed" -> Receipt.Status.FAILED;
            default -> null;
        };
        if (state == null) {
            return null;
        }
        JsonNode error = status.path("errors").path(0);
        Integer code = error.has("code") ? error.get("code").asInt() : null;
        return new Receipt(uuid(status.path("biz_opaque_callback_data").asText(null)),
                status.path("id").asText(null), state, code, "cloud");
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant epoch(String seconds) {
        try {
            return seconds == null ? Instant.now() : Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }
}
