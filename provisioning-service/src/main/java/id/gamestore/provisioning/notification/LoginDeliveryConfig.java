package id.gamestore.provisioning.notification;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where to ask whether a customer's login message arrived (notification-service's admin API), and how long a second
 * order of the same customer waits for that answer before it sets and sends a new password instead.
 */
@ConfigMapping(prefix = "provisioning.login")
public interface LoginDeliveryConfig {
    /** notification-service's base URL; without it every answer is UNKNOWN (a new password is set after the wait). */
    Optional<String> notificationUrl();

    /** An admin key of notification-service (header X-Api-Key). */
    Optional<String> notificationApiKey();

    /** How long after the earlier login was sent a later order waits for it to arrive. */
    @WithDefault("90S")
    Duration handoverWait();

    /** How soon an order whose customer's login is held by another order or reset looks again. */
    @WithDefault("2S")
    Duration claimRetry();

    @WithDefault("3S")
    Duration timeout();
}
