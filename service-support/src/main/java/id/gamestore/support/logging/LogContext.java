package id.gamestore.support.logging;

import org.jboss.logging.MDC;

/**
 * Puts {@code orderId}, {@code eventId} and {@code correlationId} in the logging MDC for the lines logged inside a
 * try-with-resources block, and takes them out after it. A null value removes its key, so a line never carries a
 * stale id of another message.
 */
public final class LogContext implements AutoCloseable {
    private static final String ORDER_ID = "orderId";
    private static final String EVENT_ID = "eventId";
    private static final String CORRELATION_ID = "correlationId";

    private LogContext() {
    }

    public static LogContext of(String orderId, Object eventId, String correlationId) {
        put(ORDER_ID, orderId);
        put(EVENT_ID, eventId);
        put(CORRELATION_ID, correlationId);
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
        MDC.remove(ORDER_ID);
        MDC.remove(EVENT_ID);
        MDC.remove(CORRELATION_ID);
    }
}
