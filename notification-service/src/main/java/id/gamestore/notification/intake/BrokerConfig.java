package id.gamestore.notification.intake;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The broker connection used to declare the topology, and the consumer's requeue pacing. */
@ConfigMapping(prefix = "notification.broker")
public interface BrokerConfig {
    String host();

    int port();

    String username();

    String password();

    @WithDefault("/")
    String virtualHost();

    /** Redeliveries before a message is parked in the dead-letter queue. */
    @WithDefault("5")
    int deliveryLimit();

    /**
     * Pause before requeueing an event whose handler failed for a reason other than the database being unreachable;
     * doubles per redelivery, so a message that keeps failing reaches the delivery limit and is parked.
     */
    @WithDefault("1s")
    Duration requeuePause();

    @WithDefault("15s")
    Duration maxRequeuePause();

    /**
     * While the database is unreachable the consumer holds the message and retries in place after this pause,
     * doubled per try up to {@link #maxHoldPause()}; the message is neither nacked nor redelivered meanwhile.
     */
    @WithDefault("500ms")
    Duration holdPause();

    @WithDefault("5s")
    Duration maxHoldPause();
}
