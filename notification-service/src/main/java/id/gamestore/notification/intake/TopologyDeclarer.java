package id.gamestore.notification.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.support.messaging.BrokerAddress;
import id.gamestore.support.messaging.ConsumerQueues;
import io.quarkus.runtime.StartupEvent;

/**
 * Declares this service's queue at start-up, before the connector subscribes: the durable quorum queue
 * {@code notification-service.provisioning-events} (delivery limit, dead-letter exchange and routing key) bound to
 * {@code provisioning} with {@code provisioning.#}, {@code credentials.#} (password resets) and {@code lifecycle.#}
 * (provisioning-service's lifecycle results, recorded and ignored), and its parking queue {@code <queue>.dlq},
 * declared by {@link ConsumerQueues} with the arguments every service uses, so re-declaring never conflicts. The
 * same queue is also bound to {@code orders} with {@link #ORDER_ROUTING_KEYS} ({@code lifecycle.notice}: what
 * order-service wants the customer and the admin told; {@code admin.report}: the admin's scheduled report).
 * Keep {@link #ROUTING_KEYS} and
 * {@code mp.messaging.incoming.provisioning-events.routing-keys} the same.
 */
@ApplicationScoped
public class TopologyDeclarer {
    private static final Logger LOG = Logger.getLogger(TopologyDeclarer.class);
    static final String QUEUE = Topology.NOTIFICATION_PROVISIONING_EVENTS_QUEUE;
    static final List<String> ROUTING_KEYS = Topology.PROVISIONING_EVENT_ROUTING_KEYS;
    static final List<String> ORDER_ROUTING_KEYS = Topology.NOTIFICATION_ORDER_NOTICE_ROUTING_KEYS;

    private final BrokerConfig config;

    TopologyDeclarer(BrokerConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try (Connection connection = BrokerAddress.factory(config, Duration.ofSeconds(5)).newConnection("notification-service-topology");
                Channel channel = connection.createChannel()) {
            declare(channel);
            LOG.infof("declared queue %s bound to %s with %s and to %s with %s", QUEUE, Topology.PROVISIONING_EXCHANGE,
                    ROUTING_KEYS, Topology.ORDERS_EXCHANGE, ORDER_ROUTING_KEYS);
        } catch (IOException | TimeoutException e) {
            LOG.warnf("broker not reachable at start-up, topology not declared: %s", e.getMessage());
        }
    }

    void declare(Channel channel) throws IOException {
        channel.exchangeDeclare(Topology.PROVISIONING_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
        ConsumerQueues.declareWithDeadLetterQueue(channel, QUEUE, config.deliveryLimit(),
                Topology.PROVISIONING_EXCHANGE, ROUTING_KEYS);
        // after the provisioning bindings: a broker user without rights on orders loses only the lifecycle notices
        channel.exchangeDeclare(Topology.ORDERS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        for (String key : ORDER_ROUTING_KEYS) {
            channel.queueBind(QUEUE, Topology.ORDERS_EXCHANGE, key);
        }
    }

}
