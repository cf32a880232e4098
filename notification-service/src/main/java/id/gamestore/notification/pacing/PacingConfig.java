package id.gamestore.notification.pacing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far apart WhatsApp sends go, per recipient and overall (same prefix as {@code DeliveryConfig}). */
@ConfigMapping(prefix = "notification.delivery")
public interface PacingConfig {
    /** Minimum spacing between two messages to the same WhatsApp number (Meta: about one per 6 s). */
    @WithDefault("6s")
    Duration recipientSpacing();

    /** WhatsApp sends per second at most, evenly spaced (below the number's throughput limit). */
    @WithDefault("70")
    int maxPerSecond();
}
