package id.gamestore.order.common;

import org.jboss.logging.MDC;

/** Puts orderId, eventId and correlationId in the logging MDC for a block, and takes them out after it. */
public final class LogContext implements AutoCloseable {
    private LogContext() {
    }

    public static LogContext of(String orderId, Object eventId, String correlationId) {
        put("orderId", orderId);
        put("eventId", eventId == null ? null : eventId.toString());
        put("correlationId", correlationId);
        return new LogContext();
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        MDC.remove("orderId");
        MDC.remove("eventId");
        MDC.remove("correlationId");
    }
}
