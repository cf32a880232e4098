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

    /** Pause before requeueing an event that failed for an infrastructure reason; doubles per redelivery. */
    @WithDefault("1s")
    Duration requeuePause();

    @WithDefault("15s")
    Duration maxRequeuePause();
}
