package id.gamestore.support.messaging;

import java.time.Duration;

import com.rabbitmq.client.ConnectionFactory;

import io.smallrye.config.WithDefault;

/**
 * Where a service's own AMQP connection goes (a service's {@code @ConfigMapping} extends this and adds its own
 * settings). The password comes from configuration and is never logged.
 */
public interface BrokerAddress {
    String host();

    int port();

    String username();

    String password();

    @WithDefault("/")
    String virtualHost();

    /** A connection factory for this address, giving up on a connect after {@code connectTimeout}. */
    static ConnectionFactory factory(BrokerAddress address, Duration connectTimeout) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setVirtualHost(address.virtualHost());
        factory.setConnectionTimeout((int) connectTimeout.toMillis());
        return factory;
    }
}
