package id.gamestore.notification.common;

import org.jboss.logging.MDC;

/** Puts orderId, eventId and correlationId in the MDC for the lines logged inside a try-with-resources block. */
public final class LogContext implements AutoCloseable {
    private LogContext() {
    }

    public static LogContext of(String orderId, Object eventId, String correlationId) {
        put("orderId", orderId);
        put("eventId", eventId);
        put("correlationId", correlationId);
        return new LogContext();
    }

    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value.toString());
        }
    }

    @Override
    public void close() {
        MDC.remove("orderId");
        MDC.remove("eventId");
        MDC.remove("correlationId");
    }
}
