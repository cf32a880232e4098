package id.gamestore.provisioning.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import com.rabbitmq.client.impl.recovery.RecordedBinding;
import com.rabbitmq.client.impl.recovery.RecordedExchange;
import com.rabbitmq.client.impl.recovery.RecordedQueue;
import com.rabbitmq.client.impl.recovery.TopologyRecoveryFilter;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The broker connection (automatic recovery on) and the topology this service relies on, declared before anything
 * is consumed or published: its own queues, and the queues its events must reach (order-service's and
 * notification-service's), so that an event published before those services ever started waits in their queues
 * instead of being dropped. Queue arguments come from {@link Topology#consumerQueueArguments}.
 * <p>
 * The topology is declared at start-up, before the messaging connector subscribes to this service's queues (the
 * connector only consumes; it declares nothing); a broker that cannot be reached then stops start-up.
 * <p>
 * One connection for the life of the service: while it is recovering from a broker outage it is not replaced (that
 * left one extra connection open per outage); callers get an {@link IOException} until it is back.
 */
@ApplicationScoped
public class RabbitBroker {
    private static final Logger LOG = Logger.getLogger(RabbitBroker.class);
    private static final int NOT_FOUND = 404;
    private static final int PRECONDITION_FAILED = 406;

    /**
     * Recovery restores no recorded topology (it would re-declare on channels that are closed by then); the topology is
     * declared again by {@link #declareAll} instead. This connection has no consumers: the messaging connector consumes.
     */
    private static final TopologyRecoveryFilter CONSUMERS_ONLY = new TopologyRecoveryFilter() {
        @Override
        public boolean filterExchange(RecordedExchange exchange) {
            return false;
        }

        @Override
        public boolean filterQueue(RecordedQueue queue) {
            return false;
        }

        @Override
        public boolean filterBinding(RecordedBinding binding) {
            return false;
        }
    };

    private final RabbitConfig config;
    private Connection connection;

    public RabbitBroker(RabbitConfig config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            connection();
        } catch (IOException e) {
            throw new UncheckedIOException("broker topology not declared at start-up", e);
        }
    }

    /**
     * @throws IOException the broker cannot be reached, or the connection is recovering from an outage (its
     *         consumers and channels come back by themselves)
     */
    public synchronized Connection connection() throws IOException {
        if (connection != null && !connection.isOpen() && closedForGood(connection)) {
            connection = null;
        }
        if (connection == null) {
            connection = open();
        }
        if (!connection.isOpen()) {
            throw new IOException("broker connection is recovering");
        }
        return connection;
    }

    /** Closed by this service, as opposed to lost and being recovered (recovery retries until the broker is back). */
    private static boolean closedForGood(Connection c) {
        ShutdownSignalException reason = c.getCloseReason();
        return reason != null && reason.isInitiatedByApplication();
    }

    private Connection open() throws IOException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.host());
        factory.setPort(config.port());
        factory.setUsername(config.username());
        factory.setPassword(config.password());
        factory.setVirtualHost(config.virtualHost());
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setTopologyRecoveryFilter(CONSUMERS_ONLY);
        Connection opened;
        try {
            opened = factory.newConnection("provisioning-service");
        } catch (TimeoutException e) {
            throw new IOException("broker connection timed out", e);
        }
        try {
            declareAll(opened);
        } catch (IOException | RuntimeException e) {
            opened.abort();
            throw e instanceof IOException io ? io : new IOException("broker topology not declared", e);
        }
        ((Recoverable) opened).addRecoveryListener(new RecoveryListener() {
            @Override
            public void handleRecoveryStarted(Recoverable recoverable) {
                LOG.info("broker connection lost; recovering");
            }

            @Override
            public void handleTopologyRecoveryStarted(Recoverable recoverable) {
                try {
                    declareAll(opened);
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("topology not declared again after the broker came back: %s", e.getMessage());
                }
            }

            @Override
            public void handleRecovery(Recoverable recoverable) {
                LOG.info("broker connection recovered");
            }
        });
        return opened;
    }

    /**
     * Declares the whole topology, each time on fresh channels: at start and again when the connection recovers
     * after an outage (before the consumers are recovered). Automatic recovery itself only brings back the consumers:
     * it would re-declare on the channels the declarations were made on, which are closed by then.
     */
    private void declareAll(Connection c) throws IOException {
        try (Channel channel = c.createChannel()) {
            declareTopology(channel);
        } catch (TimeoutException e) {
            throw new IOException("broker channel close timed out", e);
        }
        if (!config.declareEventQueues()) {
            return;
        }
        for (String queue : Topology.PROVISIONING_EVENT_QUEUES) {
            try {
                declareIfAbsent(c, queue);
            } catch (TimeoutException e) {
                throw new IOException("broker channel close timed out", e);
            }
        }
    }

    static void declareTopology(Channel channel) throws IOException {
        channel.exchangeDeclare(Topology.ORDERS_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.PROVISIONING_EXCHANGE, BuiltinExchangeType.TOPIC, true);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
        declareQueue(channel, Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE, EventTypes.ORDER_CONFIRMED);
        declareQueue(channel, Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE, EventTypes.CREDENTIALS_RESET_REQUESTED);
        declareQueue(channel, Topology.PROVISIONING_LIFECYCLE_QUEUE, EventTypes.LIFECYCLE_ACTION_REQUESTED);
    }

    /** A durable quorum queue on the orders exchange with its delivery limit, dead-letter exchange and parking queue. */
    private static void declareQueue(Channel channel, String queue, String routingKey) throws IOException {
        channel.queueDeclare(queue, true, false, false, Topology.consumerQueueArguments(queue));
        channel.queueBind(queue, Topology.ORDERS_EXCHANGE, routingKey);
        String dlq = Topology.deadLetterQueue(queue);
        channel.queueDeclare(dlq, true, false, false, Map.of("x-queue-type", "quorum"));
        channel.queueBind(dlq, Topology.DEAD_LETTER_EXCHANGE, queue);
    }

    /**
     * Declares another service's event queue, bound as that service binds it, when it does not exist yet. An
     * existing queue is left exactly as its owner declared it (arguments, bindings). Each step runs on a channel of
     * its own, because the broker closes the channel on a missing queue or a mismatch.
     */
    static void declareIfAbsent(Connection connection, String queue) throws IOException, TimeoutException {
        try (Channel channel = connection.createChannel()) {
            channel.queueDeclarePassive(queue);
            return;
        } catch (IOException e) {
            if (replyCode(e) != NOT_FOUND) {
                throw e;
            }
        }
        try (Channel channel = connection.createChannel()) {
            channel.queueDeclare(queue, true, false, false, Topology.consumerQueueArguments(queue));
            for (String key : Topology.PROVISIONING_EVENT_ROUTING_KEYS) {
                channel.queueBind(queue, Topology.PROVISIONING_EXCHANGE, key);
            }
            LOG.infof("declared %s ahead of its consumer, bound to %s with %s", queue, Topology.PROVISIONING_EXCHANGE,
                    Topology.PROVISIONING_EVENT_ROUTING_KEYS);
        } catch (IOException e) {
            if (replyCode(e) != PRECONDITION_FAILED) {
                throw e;
            }
            LOG.infof("%s was declared by its consumer meanwhile; left as it is", queue);
        }
    }

    private static int replyCode(IOException e) {
        if (e.getCause() instanceof ShutdownSignalException signal
                && signal.getReason() instanceof AMQP.Channel.Close close) {
            return close.getReplyCode();
        }
        return -1;
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
