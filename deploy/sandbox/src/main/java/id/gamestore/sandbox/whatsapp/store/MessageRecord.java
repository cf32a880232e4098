package id.gamestore.sandbox.whatsapp.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's mutable record of one accepted message; its timeline is read through {@link #statuses()}. */
public final class MessageRecord {
    private final String id;
    private final String channel;
    private final String to;
    private final String waId;
    private final String type;
    private final String text;
    private final String templateName;
    private final String templateLanguage;
    private final List<String> templateParams;
    private final String bizOpaqueCallbackData;
    private final Instant acceptedAt;
    private final List<StatusChange> statuses = new ArrayList<>();

    public MessageRecord(String id, String channel, String to, String waId, String type, String text,
            String templateName, String templateLanguage, List<String> templateParams,
            String bizOpaqueCallbackData, Instant acceptedAt) {
        this.id = id;
        this.channel = channel;
        this.to = to;
        this.waId = waId;
        this.type = type;
        this.text = text;
        this.templateName = templateName;
        this.templateLanguage = templateLanguage;
        this.templateParams = templateParams == null ? List.of() : List.copyOf(templateParams);
        this.bizOpaqueCallbackData = bizOpaqueCallbackData;
        this.acceptedAt = acceptedAt;
        statuses.add(new StatusChange("accepted", acceptedAt, null));
    }

    public synchronized StatusChange addStatus(String status, Instant at, Integer errorCode) {
        StatusChange change = new StatusChange(status, at, errorCode);
        statuses.add(change);
        return change;
    }

    /** A copy of the status timeline so far. */
    public synchronized List<StatusChange> statuses() {
        return List.copyOf(statuses);
    }

    public String text() {
        return text;
    }

    public String templateName() {
        return templateName;
    }

    public String templateLanguage() {
        return templateLanguage;
    }

    public List<String> templateParams() {
        return templateParams;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String id() {
        return id;
    }

    public String channel() {
        return channel;
    }

    public String waId() {
        return waId;
    }

    public String to() {
        return to;
    }

    public String type() {
        return type;
    }

    public String bizOpaqueCallbackData() {
        return bizOpaqueCallbackData;
    }
}
