package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retry, deadline and retention of deliveries. The dispatcher's and the pacing's settings share the prefix
 * ({@code DispatchConfig}, {@code PacingConfig}); the property names are the same as ever.
 */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {
    /** No delivery receipt within this long after the first try: fall back. A bare number means minutes. */
    @WithDefault("5")
    String deadline();

    /** Encrypted bodies not yet purged are purged after this long. A bare number means hours. */
    @WithDefault("168")
    String bodyRetention();

    /** Tries before a retryable failure counts as permanent. */
    @WithDefault("8")
    int maxAttempts();

    /** First retry delay; doubles per attempt, with full jitter, up to {@link #backoffMax()}. */
    @WithDefault("2s")
    Duration backoffBase();

    @WithDefault("5m")
    Duration backoffMax();

    /** Wait after a send whose outcome is unknown (timeout), so its receipt can arrive before any resend. */
    @WithDefault("20s")
    Duration ambiguousGrace();

    /** How long a progress notice waits for a newer step before it goes out (coalescing). */
    @WithDefault("6s")
    Duration progressDelay();

    default Duration deadlineDuration() {
        return DurationSetting.parse(deadline(), ChronoUnit.MINUTES);
    }

    default Duration bodyRetentionDuration() {
        return DurationSetting.parse(bodyRetention(), ChronoUnit.HOURS);
    }
}
