package id.gamestore.provisioning.messaging;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The broker connection (automatic recovery on) and the topology this service relies on, declared before anything
 * is consumed or published. The queue arguments are exactly the ones order-service declares.
 */
@ApplicationScoped
public class RabbitBroker {
    private final RabbitConfig config;
    private Connection connection;

    public RabbitBroker(RabbitConfig config) {
        this.config = config;
    }

    public synchronized Connection connection() throws IOException {
        if (connection == null || !connection.isOpen()) {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(config.host());
            factory.setPort(config.port());
            factory.setUsername(config.username());
            factory.setPassword(config.password());
            factory.setVirtualHost(config.virtualHost());
            factory.setAutomaticRecoveryEnabled(true);
            factory.setTopologyRecoveryEnabled(true);
            try {
                connection = factory.newConnection("provisioning-service");
            } catch (TimeoutException e) {
                throw new IOException("broker connection timed out", e);
            }
            try (Channel channel = connection.createChannel()) {
                declareTopology(channel);
            } catch (TimeoutException e) {
                throw new IOException("broker channel close timed out", e);
            }
        }
        return connection;
    }

    static void declareTopology(Channel channel) throws IOException {
        channel.exchangeDeclare(Topology.ORDERS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.PROVISIONING_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
        declareQueue(channel, Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE, EventTypes.ORDER_CONFIRMED);
        declareQueue(channel, Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE, EventTypes.CREDENTIALS_RESET_REQUESTED);
    }

    /** A durable quorum queue on the orders exchange with its delivery limit, dead-letter exchange and parking queue. */
    private static void declareQueue(Channel channel, String queue, String routingKey) throws IOException {
        channel.queueDeclare(queue, true, false, false, Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", Topology.DEFAULT_DELIVERY_LIMIT,
                "x-dead-letter-exchange", Topology.DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key", queue));
        channel.queueBind(queue, Topology.ORDERS_EXCHANGE, routingKey);
        String dlq = Topology.deadLetterQueue(queue);
        channel.queueDeclare(dlq, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(dlq, Topology.DEAD_LETTER_EXCHANGE, queue);
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isOpen()) {
            try {
                connection.close(5000);
            } catch (IOException e) {
                connection.abort();
            }
        }
    }
}
