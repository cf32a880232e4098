package id.gamestore.provisioning.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.messaging.Topology;

/**
 * The test's own broker client on the test vhost: publishes {@code order.confirmed} and
 * {@code credentials.reset-requested} (and any other request) like order-service does and records every
 * {@code provisioning.*}, {@code credentials.*} and {@code lifecycle.*} event from a private queue.
 */
public final class TestBroker implements AutoCloseable {
    /** One received event: routing key, messageId and body. */
    public record Received(String type, String messageId, String json) {
    }

    private final Connection connection;
    private final Channel channel;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** On the vhost of the {@code @QuarkusTest} application (a run may point {@code %test.rabbitmq.virtual-host} elsewhere). */
    public TestBroker() throws IOException, TimeoutException {
        this(ConfigProvider.getConfig().getOptionalValue("rabbitmq.virtual-host", String.class)
                .orElse("provisioning-test"));
    }

    public TestBroker(String virtualHost) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(System.getProperty("%test.rabbitmq.virtual-host", "provisioning-test"));
        connection = factory.newConnection("provisioning-test-client");
        channel = connection.createChannel();
        channel.confirmSelect();
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, Topology.PROVISIONING_EXCHANGE, "provisioning.#");
        channel.queueBind(queue, Topology.PROVISIONING_EXCHANGE, "credentials.#");
        channel.queueBind(queue, Topology.PROVISIONING_EXCHANGE, "lifecycle.#");
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body) {
                received.add(new Received(envelope.getRoutingKey(), props.getMessageId(),
                        new String(body, StandardCharsets.UTF_8)));
            }
        });
    }

    /** Publishes on the orders exchange with routing key = the event's type. */
    public void publish(DomainEvent event) throws IOException, InterruptedException, TimeoutException {
        publishRaw(event.type(), EventJson.write(event).getBytes(StandardCharsets.UTF_8), event.eventId().toString());
    }

    public void publishRaw(byte[] body, String messageId) throws IOException, InterruptedException, TimeoutException {
        publishRaw("order.confirmed", body, messageId);
    }

    public void publishRaw(String routingKey, byte[] body, String messageId)
            throws IOException, InterruptedException, TimeoutException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(2).messageId(messageId).build();
        synchronized (channel) {
            channel.basicPublish(Topology.ORDERS_EXCHANGE, routingKey, props, body);
            channel.waitForConfirmsOrDie(5000);
        }
    }

    public List<Received> events(String orderId) {
        return received.stream().filter(r -> r.json().contains("\"orderId\":\"" + orderId + "\"")).toList();
    }

    public List<Received> events(String orderId, String type) {
        return events(orderId).stream().filter(r -> r.type().equals(type)).toList();
    }

    public long count(String type) {
        return received.stream().filter(r -> r.type().equals(type)).count();
    }

    public long deadLettered() throws IOException {
        return deadLettered(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE);
    }

    public long deadLettered(String queue) throws IOException {
        return channel.queueDeclarePassive(Topology.deadLetterQueue(queue)).getMessageCount();
    }

    public void purgeDeadLetters() throws IOException {
        purgeDeadLetters(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE);
    }

    public void purgeDeadLetters(String queue) throws IOException {
        channel.queuePurge(Topology.deadLetterQueue(queue));
    }

    /** Messages waiting in {@code queue} for a consumer (not those delivered and not yet acked). */
    public long ready(String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    public int consumers() throws IOException {
        return consumers(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE);
    }

    public int consumers(String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getConsumerCount();
    }

    @Override
    public void close() throws IOException, TimeoutException {
        connection.close();
    }
}
