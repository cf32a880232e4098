package id.gamestore.notification.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.messaging.Topology;

/**
 * Publishes events to the real local broker the way provisioning-service (and order-service) does, on the test
 * profile's vhost ({@code notifications-test}, or the one a run overrides with {@code -D%test.rabbitmq-virtual-host=...}).
 */
public final class TestBroker {
    public static final String QUEUE = Topology.NOTIFICATION_PROVISIONING_EVENTS_QUEUE;
    static final String VHOST = System.getProperty("%test.rabbitmq-virtual-host", "notifications-test");

    private TestBroker() {
    }

    public static void publish(DomainEvent event) {
        publishRaw(event.type(), EventJson.write(event), event.eventId().toString());
    }

    /** Publishes on the {@code orders} exchange, as order-service does (lifecycle notices). */
    public static void publishOnOrders(DomainEvent event) {
        publishRaw(Topology.ORDERS_EXCHANGE, event.type(), EventJson.write(event), event.eventId().toString());
    }

    public static void publishRaw(String routingKey, String body, String messageId) {
        publishRaw(Topology.PROVISIONING_EXCHANGE, routingKey, body, messageId);
    }

    public static void publishRaw(String exchange, String routingKey, String body, String messageId) {
        withChannel(channel -> {
            channel.confirmSelect();
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .deliveryMode(2).messageId(messageId).build();
            channel.basicPublish(exchange, routingKey, true, props,
                    body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5000);
            return null;
        });
    }

    /** Takes one message from the dead-letter queue, or null. */
    public static String takeDeadLetter() {
        return withChannel(channel -> {
            GetResponse response = channel.basicGet(Topology.deadLetterQueue(QUEUE), true);
            return response == null ? null : new String(response.getBody(), StandardCharsets.UTF_8);
        });
    }

    public static void purgeQueues() {
        for (String queue : new String[] {QUEUE, Topology.deadLetterQueue(QUEUE)}) {
            try {
                withChannel(channel -> channel.queuePurge(queue));
            } catch (RuntimeException e) {
                // the queue does not exist yet: nothing to purge
            }
        }
    }

    interface ChannelWork<T> {
        T run(Channel channel) throws IOException, InterruptedException, TimeoutException;
    }

    static <T> T withChannel(ChannelWork<T> work) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(VHOST);
        try (Connection connection = factory.newConnection("notification-service-tests");
                Channel channel = connection.createChannel()) {
            return work.run(channel);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
