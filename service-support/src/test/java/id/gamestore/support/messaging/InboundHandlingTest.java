package id.gamestore.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The requeue pacing on its own; the services' consumer and outage tests drive the whole flow on a real broker. */
class InboundHandlingTest {
    @Test
    void theRequeuePauseDoublesPerRedeliveryUpToItsCap() {
        Duration base = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(15);
        assertThat(InboundHandling.requeuePause(null, base, max)).isEqualTo(base);
        assertThat(InboundHandling.requeuePause(0L, base, max)).isEqualTo(base);
        assertThat(InboundHandling.requeuePause(1L, base, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(InboundHandling.requeuePause(2L, base, max)).isEqualTo(Duration.ofSeconds(4));
        assertThat(InboundHandling.requeuePause(3, base, max)).isEqualTo(Duration.ofSeconds(8));
        assertThat(InboundHandling.requeuePause(4L, base, max)).isEqualTo(max);
        assertThat(InboundHandling.requeuePause(1000L, base, max)).isEqualTo(max);
    }
}
