package id.gamestore.provisioning.messaging;

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

    /** Unacked messages per consumer (order.confirmed, credentials.reset-requested). */
    @WithDefault("10")
    int prefetch();
}
