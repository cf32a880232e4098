package id.gamestore.order.broker;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's own broker connection (defaults to the connector's {@code rabbitmq-*} settings). */
@ConfigMapping(prefix = "order.broker")
public interface BrokerConfig {
    String host();

    int port();

    String username();

    String password();

    @WithDefault("/")
    String virtualHost();

    @WithDefault("2s")
    Duration connectTimeout();
}
