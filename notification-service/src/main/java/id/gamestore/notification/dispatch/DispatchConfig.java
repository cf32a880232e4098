package id.gamestore.notification.dispatch;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the dispatcher claims and sends due deliveries (same prefix as {@code DeliveryConfig}). */
@ConfigMapping(prefix = "notification.delivery")
public interface DispatchConfig {
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

    /** Sends in flight at once. */
    @WithDefault("8")
    int concurrency();
}
