package id.gamestore.provisioning.messaging;

import java.io.IOException;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.messaging.Topology;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Thin adapter on {@code provisioning-service.order-confirmed}: decode, hand to the handler, ack after its commit.
 * A message that can never be processed is rejected to the dead-letter queue; database trouble pauses the consumer
 * and retries, so a good message is never parked because of an outage. Provisioning itself never runs while a
 * message is held.
 */
@ApplicationScoped
public class OrderConfirmedConsumer {
    private static final Logger LOG = Logger.getLogger(OrderConfirmedConsumer.class);
    private static final long REQUEUE_PAUSE_MS = 1000;
    private static final long MAX_PAUSE_MS = 30_000;
    private static final long MAX_HOLD_MS = 5 * 60_000;

    private final RabbitBroker broker;
    private final RabbitConfig config;
    private final OrderConfirmedHandler handler;
    private Channel channel;

    public OrderConfirmedConsumer(RabbitBroker broker, RabbitConfig config, OrderConfirmedHandler handler) {
        this.broker = broker;
        this.config = config;
        this.handler = handler;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        channel = broker.connection().createChannel();
        channel.basicQos(config.prefetch());
        channel.basicConsume(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE, false, "provisioning-service",
                new DefaultConsumer(channel) {
                    @Override
                    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
                            throws IOException {
                        deliver(envelope.getDeliveryTag(), body);
                    }
                });
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            LOG.debugf("consumer channel close: %s", e.getMessage());
        }
    }

    void deliver(long tag, byte[] body) throws IOException {
        OrderConfirmed event;
        try {
            String json = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            java.util.List<String> problems = EventSchemas.validate(EventTypes.ORDER_CONFIRMED, json);
            if (!problems.isEmpty()) {
                throw new EventJson.UnreadableEventException("schema: " + problems, null);
            }
            event = EventJson.read(json, OrderConfirmed.class);
        } catch (EventJson.UnreadableEventException e) {
            LOG.errorf("order.confirmed cannot be processed, dead-lettering: %s", e.getMessage());
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
     * Stores the job and acks. While the database is unavailable the consumer pauses (backoff up to 30 s) and
     * tries again, holding this one message, so an outage does not burn the queue's delivery limit; only after
     * {@code MAX_HOLD_MS} is the message handed back to the queue.
     */
    private void store(long tag, OrderConfirmed event) throws IOException {
        long pause = REQUEUE_PAUSE_MS;
        long giveUpAt = System.currentTimeMillis() + MAX_HOLD_MS;
        while (true) {
            try {
                boolean created = handler.handle(event);
                LOG.infof(created ? "job created" : "duplicate order.confirmed ignored");
                channel.basicAck(tag, false);
                return;
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() + pause > giveUpAt || !sleep(pause)) {
                    LOG.warnf("order.confirmed not stored, handing it back to the queue: %s", e.getMessage());
                    channel.basicNack(tag, false, true);
                    return;
                }
                LOG.warnf("order.confirmed not stored yet (retrying in %d ms): %s", pause, e.getMessage());
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
