package id.gamestore.provisioning.broker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Broker connection ({@code RABBITMQ_*}). */
@ConfigMapping(prefix = "rabbitmq")
public interface RabbitConfig {
    String host();

    int port();

    String username();

    String password();

    @WithDefault("/")
    String virtualHost();

    /**
     * Declare order-service's and notification-service's event queues when they do not exist yet, so that an event
     * published before either ever started waits for it. Off only in this service's own tests, whose broker has no
     * such consumers (the queues would fill up run after run).
     */
    @WithDefault("true")
    boolean declareEventQueues();

    /**
     * Unacked messages per consumed queue (order.confirmed, credentials.reset-requested); the connector's
     * {@code max-outstanding-messages} of both channels is set from it in application.properties.
     */
    @WithDefault("10")
    int prefetch();
}
