package id.gamestore.support.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.NoOpMetricsCollector;

import io.smallrye.reactive.messaging.ClientCustomizer;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.vertx.rabbitmq.RabbitMQOptions;

/**
 * Knows on which AMQP channel each consumer of the SmallRye RabbitMQ connector got its deliveries, so a message held across a
 * broker reconnect is not acked on the new channel: delivery tags are numbered per channel, so the old tag there
 * would be refused (and the connection restarted again) or, worse, ack a different, unprocessed message. The broker
 * already put a message of a closed channel back in the queue; its redelivery is a processed duplicate.
 * Learns the channels through the RabbitMQ client's metrics hook, installed on the connector's client options.
 */
@ApplicationScoped
public class ConsumerChannels implements ClientCustomizer<RabbitMQOptions> {
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
        Channel channel = byConsumerTag.get(incoming.getRabbitMQMessage().consumerTag());
        return channel != null && channel.isOpen();
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
