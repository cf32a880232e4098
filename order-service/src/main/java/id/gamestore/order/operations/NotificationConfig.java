package id.gamestore.order.operations;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the admin's chat commands reach notification-service's admin API (the {@code !resend} command). */
@ConfigMapping(prefix = "order.notification")
public interface NotificationConfig {
    /** notification-service's base URL ({@code NOTIFICATION_URL}). Without it {@code !resend} says it is not set up. */
    Optional<String> url();

    /** One of notification-service's admin keys ({@code NOTIFICATION_ADMIN_API_KEY}, header X-Api-Key). */
    Optional<String> adminApiKey();

    /** Connect and read timeout of one call ({@code NOTIFICATION_ADMIN_TIMEOUT}). */
    @WithDefault("3S")
    Duration timeout();
}
