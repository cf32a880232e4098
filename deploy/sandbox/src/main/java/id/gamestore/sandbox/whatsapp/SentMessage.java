package id.gamestore.sandbox.whatsapp;

import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.StatusChange;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one message the sandbox accepted. {@code channel} is {@code cloud} or {@code waha};
 * {@code type} is {@code text} or {@code template}. {@code toString()} leaves the body out: it may hold a password.
 */
public record SentMessage(String id, String channel, String to, String waId, String type, String text,
        String templateName, String templateLanguage, List<String> templateParams, String bizOpaqueCallbackData,
        Instant acceptedAt, List<StatusChange> statuses) {

    /** What the record holds now. */
    static SentMessage of(MessageRecord r) {
        return new SentMessage(r.id(), r.channel(), r.to(), r.waId(), r.type(), r.text(), r.templateName(),
                r.templateLanguage(), r.templateParams(), r.bizOpaqueCallbackData(), r.acceptedAt(), r.statuses());
    }

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
