package id.gamestore.provisioning.job;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter; a panel's Retry-After wins when it is longer. */
public final class Backoff {
    private Backoff() {
    }

    public static Duration delay(ProvisioningConfig config, int attempt, Optional<Duration> retryAfter) {
        long base = config.retryInitialDelay().toMillis();
        long cap = config.retryMaxDelay().toMillis();
        long exp = Math.min(cap, base * (1L << Math.min(20, Math.max(0, attempt - 1))));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        long millis = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
        return Duration.ofMillis(millis);
    }
}
