package id.gamestore.contracts.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of events: ISO-8601 timestamps, unknown fields ignored (so a newer producer's additions do not
 * break an older consumer). Services use this mapper for events so that producer and consumer never drift.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.type(), e);
        }
    }

    public static <T extends DomainEvent> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T extends DomainEvent> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new UnreadableEventException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes by the event's type name (the routing key). */
    public static DomainEvent read(String type, String json) {
        Class<? extends DomainEvent> cls = EventTypes.CLASSES.get(type);
        if (cls == null) {
            throw new UnreadableEventException("unknown event type '" + type + "'", null);
        }
        return read(json, cls);
    }

    /** An event that can never be processed: malformed or of an unknown type. Belongs in the dead-letter queue. */
    public static class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
