package id.gamestore.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theIdsAreInTheMdcInsideTheBlockAndGoneAfterIt() {
        UUID eventId = UUID.randomUUID();
        try (LogContext ignored = LogContext.of("ORD-1", eventId, "corr-1")) {
            assertThat(MDC.get("orderId")).isEqualTo("ORD-1");
            assertThat(MDC.get("eventId")).isEqualTo(eventId.toString());
            assertThat(MDC.get("correlationId")).isEqualTo("corr-1");
        }
        assertThat(MDC.get("orderId")).isNull();
        assertThat(MDC.get("eventId")).isNull();
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void aMissingIdNeverLeavesAStaleOneOfAnotherMessage() {
        MDC.put("eventId", "stale-event");
        try (LogContext ignored = LogContext.of("ORD-2", null, null)) {
            assertThat(MDC.get("orderId")).isEqualTo("ORD-2");
            assertThat(MDC.get("eventId")).isNull();
            assertThat(MDC.get("correlationId")).isNull();
        }
    }
}
