package id.gamestore.provisioning.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.gamestore.contracts.events.EventJson;

/**
 * Removes sealed passwords from an event's JSON: every {@code password} object that carries a {@code ciphertext}
 * (the credential envelope of {@code provisioning.completed} and {@code credentials.reset}) keeps its {@code alg} and
 * {@code keyId} and loses its {@code nonce} and {@code ciphertext}. Everything else is left as it was.
 */
final class SealedFields {
    private SealedFields() {
    }

    /** @return the payload without sealed fields, or the same string when it carried none */
    static String redact(String payload) {
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            // Never written by us; nothing can be salvaged without a parser, and the ciphertext must not stay.
            return "{}";
        }
        return redact(root) ? root.toString() : payload;
    }

    private static boolean redact(JsonNode node) {
        boolean changed = false;
        if (node.isObject()) {
            JsonNode password = node.get("password");
            if (password instanceof ObjectNode envelope && envelope.has("ciphertext")) {
                envelope.remove("nonce");
                envelope.remove("ciphertext");
                changed = true;
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                changed |= redact(child);
            }
        }
        return changed;
    }
}
