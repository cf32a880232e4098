package id.gamestore.support.retry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: a random wait between half and all of {@code base * 2^(attempt-1)}, capped at
 * {@code max} (and at least a millisecond); a server's {@code Retry-After} wins when it is longer.
 */
public final class Backoff {
    private Backoff() {
    }

    /** @param attempt the attempt that failed, from 1 */
    public static Duration delay(int attempt, Duration base, Duration max) {
        long ceiling = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        ceiling = Math.min(Math.max(ceiling, 1), max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }

    /** As {@link #delay(int, Duration, Duration)}, but never shorter than the server asked for. */
    public static Duration delay(int attempt, Duration base, Duration max, Optional<Duration> retryAfter) {
        Duration delay = delay(attempt, base, max);
        return retryAfter.filter(asked -> asked.compareTo(delay) > 0).orElse(delay);
    }
}
