package id.gamestore.order.broker;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.support.messaging.BrokerAddress;

/**
 * One connection and one confirm-mode channel for publishing, opened on demand and thrown away on any failure; the
 * next use opens a fresh one and declares the topology again. No automatic recovery: the outbox is the retry.
 */
@ApplicationScoped
public class BrokerConnection {
    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    private final BrokerConfig config;
    private final TopologyDeclarer topology;

    BrokerConnection(BrokerConfig config, TopologyDeclarer topology) {
        this.config = config;
        this.topology = topology;
    }

    private Connection connection;
    private Channel channel;

    /** @return an open channel in confirm mode, with the topology declared */
    public synchronized Channel channel() throws IOException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        reset();
        try {
            connection = factory().newConnection("order-service-outbox");
            channel = connection.createChannel();
            channel.confirmSelect();
            topology.declare(channel);
            LOG.infof("outbox connected to RabbitMQ %s:%d vhost %s", config.host(), config.port(),
                    config.virtualHost());
            return channel;
        } catch (IOException | TimeoutException | RuntimeException e) {
            reset();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** @return the open connection of {@link #channel()} (for short-lived channels of its own, e.g. metrics) */
    public synchronized Connection connection() throws IOException {
        channel();
        return connection;
    }

    public synchronized boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    /** Drops the connection; the next {@link #channel()} opens a new one. */
    public synchronized void reset() {
        Connection old = connection;
        connection = null;
        channel = null;
        if (old != null) {
            try {
                old.abort(1000);
            } catch (RuntimeException e) {
                LOG.debug("closing a broken connection failed", e);
            }
        }
    }

    @PreDestroy
    void close() {
        reset();
    }

    private ConnectionFactory factory() {
        ConnectionFactory factory = BrokerAddress.factory(config, config.connectTimeout());
        factory.setHandshakeTimeout((int) config.connectTimeout().toMillis() * 2);
        factory.setRequestedHeartbeat(10);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        return factory;
    }
}
