package id.gamestore.order.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import id.gamestore.order.broker.BrokerConnection;

/**
 * Publishes a batch of outbox rows and waits until the broker confirms all of them: persistent, JSON, messageId =
 * eventId, routing key = event type. Any failure throws, and the connection is dropped for a fresh one next time.
 */
@ApplicationScoped
public class OutboxPublisher {
    private static final int PERSISTENT = 2;

    private final BrokerConnection broker;
    private final OutboxConfig config;

    OutboxPublisher(BrokerConnection broker, OutboxConfig config) {
        this.broker = broker;
        this.config = config;
    }

    public void publishConfirmed(List<PendingEvent> batch) throws IOException {
        try {
            Channel channel = broker.channel();
            for (PendingEvent event : batch) {
                AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                        .contentType("application/json")
                        .contentEncoding("utf-8")
                        .deliveryMode(PERSISTENT)
                        .messageId(event.id().toString())
                        .type(event.type())
                        .appId("order-service")
                        .timestamp(new Date())
                        .build();
                channel.basicPublish(event.exchange(), event.type(), props,
                        event.payload().getBytes(StandardCharsets.UTF_8));
            }
            channel.waitForConfirmsOrDie(config.confirmTimeout().toMillis());
        } catch (IOException | TimeoutException | InterruptedException | RuntimeException e) {
            broker.reset();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof IOException io ? io : new IOException("publish not confirmed: " + e.getMessage(), e);
        }
    }

    /** A row about to be published. */
    public record PendingEvent(java.util.UUID id, String aggregateId, String exchange, String type, String payload) {
    }
}
