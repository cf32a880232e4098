package id.gamestore.support.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(1);

    @Test
    void theWaitDoublesPerAttemptBetweenHalfAndAllOfItsCeiling() {
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.delay(1, BASE, MAX)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(Backoff.delay(3, BASE, MAX)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void theWaitIsCappedAndNeverZero() {
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.delay(60, BASE, MAX)).isBetween(Duration.ofSeconds(30), MAX);
            assertThat(Backoff.delay(0, BASE, MAX)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(Backoff.delay(1, Duration.ZERO, MAX)).isBetween(Duration.ZERO, Duration.ofMillis(1));
        }
    }

    @Test
    void aLongerRetryAfterWinsAndAShorterOneDoesNot() {
        assertThat(Backoff.delay(1, BASE, MAX, Optional.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.delay(3, BASE, MAX, Optional.of(Duration.ofMillis(10))))
                    .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(Backoff.delay(3, BASE, MAX, Optional.empty()))
                    .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }
}
