package id.gamestore.provisioning.broker;

import id.gamestore.provisioning.broker.RabbitConfig;

import id.gamestore.provisioning.broker.RabbitBroker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;

/**
 * A thin manual-ack adapter on one queue: decode and schema-check, hand to a transactional handler, ack after its
 * commit. A message that can never be processed is rejected to the dead-letter queue; database trouble pauses the
 * consumer and retries, so a good message is never parked because of an outage. Each consumer bean owns one and
 * gives it the queue, the event and its handler; nothing long runs while a message is held.
 */
public final class QueueConsumer<E extends DomainEvent> {
    private static final Logger LOG = Logger.getLogger(QueueConsumer.class);
    private static final long REQUEUE_PAUSE_MS = 1000;
    private static final long MAX_PAUSE_MS = 30_000;
    private static final long MAX_HOLD_MS = 5 * 60_000;

    private final RabbitBroker broker;
    private final RabbitConfig config;
    private final String queue;
    private final String eventType;
    private final Class<E> eventClass;
    private final Predicate<E> handler;
    private Channel channel;

    /**
     * @param handler runs the handler's transaction; true when the event changed something, false for a duplicate
     */
    public QueueConsumer(RabbitBroker broker, RabbitConfig config, String queue, String eventType, Class<E> eventClass,
            Predicate<E> handler) {
        this.broker = broker;
        this.config = config;
        this.queue = queue;
        this.eventType = eventType;
        this.eventClass = eventClass;
        this.handler = handler;
    }

    public void open(String consumerTag) throws IOException {
        channel = broker.connection().createChannel();
        channel.basicQos(config.prefetch());
        channel.basicConsume(queue, false, consumerTag, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
                    throws IOException {
                deliver(envelope.getDeliveryTag(), body);
            }
        });
    }

    public void close() {
        try {
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException e) {
            LOG.debugf("consumer channel close: %s", e.getMessage());
        }
    }

    void deliver(long tag, byte[] body) throws IOException {
        E event;
        try {
            String json = new String(body, StandardCharsets.UTF_8);
            List<String> problems = EventSchemas.validate(eventType, json);
            if (!problems.isEmpty()) {
                throw new EventJson.UnreadableEventException("schema: " + problems, null);
            }
            event = EventJson.read(json, eventClass);
        } catch (EventJson.UnreadableEventException e) {
            LOG.errorf("%s cannot be processed, dead-lettering: %s", eventType, e.getMessage());
            channel.basicReject(tag, false);
            return;
        }
        MDC.put("orderId", event.orderId());
        MDC.put("eventId", String.valueOf(event.eventId()));
        MDC.put("correlationId", event.correlationId());
        try {
            store(tag, event);
        } finally {
            MDC.remove("orderId");
            MDC.remove("eventId");
            MDC.remove("correlationId");
        }
    }

    /**
     * Stores and acks. While the database is unavailable the consumer pauses (backoff up to 30 s) and tries again,
     * holding this one message, so an outage does not burn the queue's delivery limit; only after
     * {@code MAX_HOLD_MS} is the message handed back to the queue.
     */
    private void store(long tag, E event) throws IOException {
        long pause = REQUEUE_PAUSE_MS;
        long giveUpAt = System.currentTimeMillis() + MAX_HOLD_MS;
        while (true) {
            try {
                boolean fresh = handler.test(event);
                LOG.infof(fresh ? "%s stored" : "duplicate %s ignored", eventType);
                channel.basicAck(tag, false);
                return;
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() + pause > giveUpAt || !sleep(pause)) {
                    LOG.warnf("%s not stored, handing it back to the queue: %s", eventType, e.getMessage());
                    channel.basicNack(tag, false, true);
                    return;
                }
                LOG.warnf("%s not stored yet (retrying in %d ms): %s", eventType, pause, e.getMessage());
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
