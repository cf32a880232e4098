package id.gamestore.order.broker;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.support.messaging.ConsumerQueues;
import io.quarkus.runtime.StartupEvent;

/**
 * Declares the exchanges and queues this service publishes to and consumes from, always with the same arguments:
 * at start-up (before the messaging connector subscribes) and again on every relay connection, before publishing.
 * It also declares provisioning-service's {@code order.confirmed}, {@code credentials.reset-requested} and
 * {@code lifecycle.action-requested} queues, so
 * an event published before that service ever ran is kept, not confirmed-and-dropped by an exchange with no queue.
 * The queues and their arguments are declared by {@link ConsumerQueues}, the same way in every service.
 */
@ApplicationScoped
public class TopologyDeclarer {
    private static final Logger LOG = Logger.getLogger(TopologyDeclarer.class);

    private final BrokerConnection broker;

    TopologyDeclarer(BrokerConnection broker) {
        this.broker = broker;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            broker.channel();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("broker not reachable at start-up (%s); topology is declared on the first connection",
                    e.getMessage());
        }
    }

    public void declare(Channel channel) throws IOException {
        channel.exchangeDeclare(Topology.ORDERS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.PROVISIONING_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);

        // its own queue; credentials.# are the answers to password resets (credentials.reset, .reset-failed)
        ConsumerQueues.declareWithDeadLetterQueue(channel, Topology.ORDER_PROVISIONING_EVENTS_QUEUE,
                Topology.DEFAULT_DELIVERY_LIMIT, Topology.PROVISIONING_EXCHANGE, Topology.PROVISIONING_EVENT_ROUTING_KEYS);
        ConsumerQueues.declareQueue(channel, Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE,
                Topology.DEFAULT_DELIVERY_LIMIT, Topology.ORDERS_EXCHANGE, List.of(EventTypes.ORDER_CONFIRMED));
        ConsumerQueues.declareQueue(channel, Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE,
                Topology.DEFAULT_DELIVERY_LIMIT, Topology.ORDERS_EXCHANGE, List.of(EventTypes.CREDENTIALS_RESET_REQUESTED));
        ConsumerQueues.declareQueue(channel, Topology.PROVISIONING_LIFECYCLE_QUEUE,
                Topology.DEFAULT_DELIVERY_LIMIT, Topology.ORDERS_EXCHANGE, List.of(EventTypes.LIFECYCLE_ACTION_REQUESTED));
    }
}
