package id.gamestore.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: a random wait between half and all of base * 2^(attempt-1), capped. */
final class Backoff {
    private Backoff() {
    }

    static Duration delay(int attempt, Duration base, Duration max) {
        long ceiling = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        ceiling = Math.min(Math.max(ceiling, 1), max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
