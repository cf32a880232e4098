package id.gamestore.provisioning.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.broker.RabbitBroker;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes a batch to the {@code provisioning} exchange on a confirm channel: persistent, {@code messageId} = eventId,
 * routing key = type, mandatory, then waits once for the broker's confirms of the whole batch. A confirmed publish the
 * broker returned as unroutable (no queue bound; it confirms those too) is not taken: the answer says how many rows,
 * in order, a queue took before the first returned one, so that row and those after it stay unsent. Used by the
 * relay only.
 */
@ApplicationScoped
public class EventPublisher {
    private final RabbitBroker broker;
    private final OutboxConfig config;
    private Channel channel;
    /** messageIds the broker returned on {@link #channel}; the return arrives before the publish's confirm. */
    private final Map<String, String> returned = new ConcurrentHashMap<>();

    public EventPublisher(RabbitBroker broker, OutboxConfig config) {
        this.broker = broker;
        this.config = config;
    }

    /**
     * @return how many rows from the start of {@code batch} a queue took; fewer than all when the broker returned one
     *         (that row's {@link EventReturnedException} says why)
     * @throws IOException the broker is away or did not confirm in time: nothing of the batch counts as sent
     */
    public synchronized Published publish(List<OutboxEvent> batch) throws IOException {
        Channel ch = channel();
        for (OutboxEvent event : batch) {
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                    .contentType("application/json").contentEncoding("utf-8").deliveryMode(2)
                    .messageId(event.eventId.toString()).type(event.type)
                    .timestamp(java.util.Date.from(event.createdAt)).build();
            returned.remove(props.getMessageId());
            ch.basicPublish(Topology.PROVISIONING_EXCHANGE, event.type, true, props,
                    event.payload.getBytes(StandardCharsets.UTF_8));
        }
        long timeout = config.confirmTimeout().toMillis();
        try {
            ch.waitForConfirmsOrDie(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the publish confirms", e);
        } catch (TimeoutException e) {
            closeChannel();
            throw new IOException("the broker did not confirm within " + timeout + " ms", e);
        } catch (IOException e) {
            closeChannel();
            throw e;
        }
        for (int i = 0; i < batch.size(); i++) {
            String reply = returned.remove(batch.get(i).eventId.toString());
            if (reply != null) {
                batch.subList(i + 1, batch.size()).forEach(e -> returned.remove(e.eventId.toString()));
                return new Published(i, new EventReturnedException(batch.get(i).type, reply));
            }
        }
        return new Published(batch.size(), null);
    }

    /** The rows a queue took, in order, and why the next one was not taken (null when all were). */
    public record Published(int taken, EventReturnedException returned) {
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
