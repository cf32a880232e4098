package id.gamestore.support.messaging;

import java.io.IOException;
import java.util.List;

import com.rabbitmq.client.Channel;

import id.gamestore.contracts.messaging.Topology;

/**
 * Declares a consumer queue the one way every service does: a durable quorum queue with the arguments of
 * {@link Topology#consumerQueueArguments(String, int)} (a queue declared again with other arguments is refused by the
 * broker), bound to its exchange, and its parking queue {@code <queue>.dlq} bound to the dead-letter exchange. The
 * exchanges are declared by the caller first.
 */
public final class ConsumerQueues {
    private ConsumerQueues() {
    }

    /** The queue alone, bound with each routing key (a queue another service consumes and this one publishes to). */
    public static void declareQueue(Channel channel, String queue, int deliveryLimit, String exchange,
            List<String> routingKeys) throws IOException {
        channel.queueDeclare(queue, true, false, false, Topology.consumerQueueArguments(queue, deliveryLimit));
        for (String key : routingKeys) {
            channel.queueBind(queue, exchange, key);
        }
    }

    /** The queue as {@link #declareQueue}, and its dead-letter queue. */
    public static void declareWithDeadLetterQueue(Channel channel, String queue, int deliveryLimit, String exchange,
            List<String> routingKeys) throws IOException {
        declareQueue(channel, queue, deliveryLimit, exchange, routingKeys);
        String dlq = Topology.deadLetterQueue(queue);
        channel.queueDeclare(dlq, true, false, false, Topology.deadLetterQueueArguments());
        channel.queueBind(dlq, Topology.DEAD_LETTER_EXCHANGE, queue);
    }
}
