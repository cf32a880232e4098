package id.gamestore.provisioning.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.broker.RabbitBroker;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes to the {@code provisioning} exchange on a confirm channel: persistent, {@code messageId} = eventId,
 * routing key = type, mandatory. Returns only once the broker confirmed that a queue took the message: a confirmed
 * publish the broker returned as unroutable (no queue bound; it confirms those too) throws
 * {@link EventReturnedException}, so the outbox row stays unsent. Used by the relay thread only.
 */
@ApplicationScoped
public class EventPublisher {
    private static final long CONFIRM_TIMEOUT_MS = 10_000;

    private final RabbitBroker broker;
    private Channel channel;
    /** messageIds the broker returned on {@link #channel}; the return arrives before the publish's confirm. */
    private final Map<String, String> returned = new ConcurrentHashMap<>();

    public EventPublisher(RabbitBroker broker) {
        this.broker = broker;
    }

    public synchronized void publish(OutboxEvent event) throws IOException {
        Channel ch = channel();
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json").contentEncoding("utf-8").deliveryMode(2)
                .messageId(event.eventId.toString()).type(event.type)
                .timestamp(java.util.Date.from(event.createdAt)).build();
        String messageId = props.getMessageId();
        returned.remove(messageId);
        ch.basicPublish(Topology.PROVISIONING_EXCHANGE, event.type, true, props,
                event.payload.getBytes(StandardCharsets.UTF_8));
        try {
            ch.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the publish confirm", e);
        } catch (TimeoutException e) {
            closeChannel();
            throw new IOException("the broker did not confirm within " + CONFIRM_TIMEOUT_MS + " ms", e);
        } catch (IOException e) {
            closeChannel();
            throw e;
        }
        String reply = returned.remove(messageId);
        if (reply != null) {
            throw new EventReturnedException(event.type, reply);
        }
    }

    private Channel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = broker.connection().createChannel();
            channel.addReturnListener(r -> returned.put(String.valueOf(r.getProperties().getMessageId()),
                    r.getReplyCode() + " " + r.getReplyText()));
            channel.confirmSelect();
        }
        return channel;
    }

    private void closeChannel() {
        try {
            if (channel != null && channel.isOpen()) {
                channel.abort();
            }
        } catch (IOException e) {
            channel = null;
        }
        channel = null;
    }
}
