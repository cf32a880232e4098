package id.gamestore.sandbox.whatsapp;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one message the sandbox accepted. {@code channel} is {@code cloud} or {@code waha};
 * {@code type} is {@code text} or {@code template}. {@code toString()} leaves the body out: it may hold a password.
 */
public record SentMessage(String id, String channel, String to, String waId, String type, String text,
        String templateName, String templateLanguage, List<String> templateParams, String bizOpaqueCallbackData,
        Instant acceptedAt, List<StatusChange> statuses) {

    /** The last status reached, e.g. {@code read} or {@code failed}. */
    public String latestStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1).status();
    }

    public boolean hasStatus(String status) {
        return statuses.stream().anyMatch(s -> s.status().equals(status));
    }

    public List<String> statusNames() {
        return statuses.stream().map(StatusChange::status).toList();
    }

    @Override
    public String toString() {
        return "SentMessage[id=" + id + ", channel=" + channel + ", waId=" + waId + ", type=" + type
                + ", template=" + templateName + ", statuses=" + statusNames() + "]";
    }
}
