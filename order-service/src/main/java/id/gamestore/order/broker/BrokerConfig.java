package id.gamestore.order.broker;

import java.time.Duration;

import id.gamestore.support.messaging.BrokerAddress;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's own broker connection (defaults to the connector's {@code rabbitmq-*} settings). */
@ConfigMapping(prefix = "order.broker")
public interface BrokerConfig extends BrokerAddress {
    @WithDefault("2s")
    Duration connectTimeout();
}
