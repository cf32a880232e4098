package id.gamestore.notification.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values a template renders, each checked present and non-blank when it is put. */
public final class MessageModel {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public MessageModel put(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new MissingValueException(name);
        }
        values.put(name, value);
        return this;
    }

    /** For values a template shows only when present (it must test them with {@code #if}). */
    public MessageModel putOptional(String name, Object value) {
        values.put(name, value == null || value.toString().isBlank() ? null : value);
        return this;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public String text(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new MissingValueException(name);
        }
        return value.toString();
    }

    /** Never prints values: they may hold a password. */
    @Override
    public String toString() {
        return "MessageModel" + values.keySet();
    }
}
