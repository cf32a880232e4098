package id.gamestore.order.broker;

import java.io.IOException;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import io.quarkus.runtime.StartupEvent;

/**
 * Declares the exchanges and queues this service publishes to and consumes from, always with the same arguments:
 * at start-up (before the messaging connector subscribes) and again on every relay connection, before publishing.
 * It also declares provisioning-service's {@code order.confirmed} and {@code credentials.reset-requested} queues, so
 * an event published before that service ever ran is kept, not confirmed-and-dropped by an exchange with no queue.
 */
@ApplicationScoped
public class TopologyDeclarer {
    private static final Logger LOG = Logger.getLogger(TopologyDeclarer.class);

    @Inject
    BrokerConnection broker;

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

        String own = Topology.ORDER_PROVISIONING_EVENTS_QUEUE;
        channel.queueDeclare(own, true, false, false, quorumWithDeadLetters(own));
        channel.queueBind(own, Topology.PROVISIONING_EXCHANGE, "provisioning.#");
        // the answers to password resets (credentials.reset, credentials.reset-failed)
        channel.queueBind(own, Topology.PROVISIONING_EXCHANGE, "credentials.#");
        String ownDlq = Topology.deadLetterQueue(own);
        channel.queueDeclare(ownDlq, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(ownDlq, Topology.DEAD_LETTER_EXCHANGE, own);

        String downstream = Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE;
        channel.queueDeclare(downstream, true, false, false, quorumWithDeadLetters(downstream));
        channel.queueBind(downstream, Topology.ORDERS_EXCHANGE, EventTypes.ORDER_CONFIRMED);

        String resets = Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE;
        channel.queueDeclare(resets, true, false, false, quorumWithDeadLetters(resets));
        channel.queueBind(resets, Topology.ORDERS_EXCHANGE, EventTypes.CREDENTIALS_RESET_REQUESTED);
    }

    /**
     * The arguments every consumer queue of the system carries (provisioning-service declares the same); a queue
     * declared again with other arguments is refused by the broker, so they come only from {@link Topology}.
     */
    public static Map<String, Object> quorumWithDeadLetters(String queue) {
        return Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", Topology.DEFAULT_DELIVERY_LIMIT,
                "x-dead-letter-exchange", Topology.DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key", queue);
    }
}
