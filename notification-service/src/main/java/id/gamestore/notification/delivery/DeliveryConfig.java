package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import id.gamestore.notification.common.DurationSetting;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry, pacing, deadline and retention of deliveries. */
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

    /** Minimum spacing between two messages to the same WhatsApp number (Meta: about one per 6 s). */
    @WithDefault("6s")
    Duration recipientSpacing();

    /** How long a progress notice waits for a newer step before it goes out (coalescing). */
    @WithDefault("6s")
    Duration progressDelay();

    /** A claimed delivery is not claimed again for this long (covers a crash between claim and outcome). */
    @WithDefault("60s")
    Duration lease();

    @WithDefault("20")
    int batchSize();

    /** How often the dispatcher looks for due deliveries (new work also wakes it at once). */
    @WithDefault("2s")
    Duration pollInterval();

    /** How often overdue receipts and expired bodies are looked for. */
    @WithDefault("10s")
    Duration deadlineCheckInterval();

    /** WhatsApp sends per second at most, evenly spaced (below the number's throughput limit). */
    @WithDefault("70")
    int maxPerSecond();

    /** Sends in flight at once. */
    @WithDefault("8")
    int concurrency();

    default Duration deadlineDuration() {
        return DurationSetting.parse(deadline(), ChronoUnit.MINUTES);
    }

    default Duration bodyRetentionDuration() {
        return DurationSetting.parse(bodyRetention(), ChronoUnit.HOURS);
    }
}
