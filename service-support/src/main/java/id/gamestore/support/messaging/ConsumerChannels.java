package id.gamestore.support.messaging;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.NoOpMetricsCollector;

import io.smallrye.reactive.messaging.ClientCustomizer;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.rabbitmq.RabbitMQOptions;

/**
 * Knows on which AMQP channel each consumer of the SmallRye RabbitMQ connector got its deliveries, so a message
 * settled late (after a hold or a requeue pause) across a broker reconnect is neither acked nor nacked on the new
 * channel: delivery tags are numbered per channel, so the old tag there would be refused (and the connection restarted
 * again) or, worse, ack, requeue or dead-letter a different message. The broker already put a message of a closed
 * channel back in the queue; its redelivery is handled again (a processed duplicate when it was applied).
 * Settle every message through {@link #ack} and {@link #nack}.
 * Learns the channels through the RabbitMQ client's metrics hook, installed on the connector's client options.
 */
@ApplicationScoped
public class ConsumerChannels implements ClientCustomizer<RabbitMQOptions> {
    private static final Logger LOG = Logger.getLogger(ConsumerChannels.class);
    private static final int PRUNE_ABOVE = 64;

    private final Map<String, Channel> byConsumerTag = new ConcurrentHashMap<>();
    private volatile boolean installed;

    @Override
    public RabbitMQOptions customize(String channel, Config channelConfig, RabbitMQOptions options) {
        if (options.getMetricsCollector() == null) {
            options.setMetricsCollector(new NoOpMetricsCollector() {
                @Override
                public void consumedMessage(Channel amqpChannel, long deliveryTag, String consumerTag) {
                    remember(consumerTag, amqpChannel);
                }
            });
            installed = true;
        }
        return options;
    }

    /**
     * @return false when the channel the message came on is closed (an ack or nack now would hit another channel);
     *         true when it is open or when that cannot be known
     */
    public boolean stillDelivered(Message<?> message) {
        if (!installed || !(message instanceof IncomingRabbitMQMessage<?> incoming)) {
            return true;
        }
        return channelOpen(incoming.getRabbitMQMessage().consumerTag());
    }

    /** Whether the channel of that consumer is known and still open. */
    boolean channelOpen(String consumerTag) {
        Channel channel = consumerTag == null ? null : byConsumerTag.get(consumerTag);
        return channel != null && channel.isOpen();
    }

    /** Acks the message, unless the channel it came on has closed (the broker redelivers it). */
    public CompletionStage<Void> ack(Message<?> message) {
        if (!stillDelivered(message)) {
            LOG.info("message handled; its channel closed meanwhile, so the broker redelivers it and the copy is"
                    + " skipped as a duplicate");
            return CompletableFuture.completedFuture(null);
        }
        return message.ack();
    }

    /**
     * Rejects the message: back to the queue ({@code requeue}) or to its dead-letter queue; nothing when the channel it
     * came on has closed (the broker already put it back, and its redelivery is judged afresh).
     */
    public CompletionStage<Void> nack(Message<?> message, Throwable reason, boolean requeue) {
        if (!stillDelivered(message)) {
            LOG.info("message not settled: its channel closed meanwhile and the broker redelivers it");
            return CompletableFuture.completedFuture(null);
        }
        return message.nack(reason, Metadata.of(new RabbitMQRejectMetadata(requeue)));
    }

    void remember(String consumerTag, Channel channel) {
        if (consumerTag == null || byConsumerTag.putIfAbsent(consumerTag, channel) != null) {
            return;
        }
        if (byConsumerTag.size() > PRUNE_ABOVE) {
            byConsumerTag.values().removeIf(c -> !c.isOpen());
        }
    }
}
