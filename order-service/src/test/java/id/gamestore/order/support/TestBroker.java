package id.gamestore.order.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.messaging.Topology;

/**
 * The test's own connection to the local broker, in the test profile's virtual host ({@code orders-test} unless
 * {@code -D%test.rabbitmq-virtual-host=...} points the run at a private one), straight to port 5672.
 */
public class TestBroker implements AutoCloseable {
    /** The vhost the application under test uses (a run may point it elsewhere with -D%test.rabbitmq-virtual-host). */
    public static final String VHOST = System.getProperty("%test.rabbitmq-virtual-host", "orders-test");
    private final Connection connection;
    private final Channel channel;

    public TestBroker() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost("127.0.0.1");
            factory.setPort(5672);
            factory.setVirtualHost(ConfigProvider.getConfig()
                    .getOptionalValue("rabbitmq-virtual-host", String.class).orElse("orders-test"));
            connection = factory.newConnection("order-service-tests");
            channel = connection.createChannel();
            channel.confirmSelect();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("local RabbitMQ not reachable (run deploy/local/infra.sh)", e);
        }
    }

    /** A server-named exclusive queue bound to {@code exchange} with {@code bindingKey}. */
    public String tempQueue(String exchange, String bindingKey) throws IOException {
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, exchange, bindingKey);
        return queue;
    }

    /** Everything in the queue now, acknowledged. */
    public List<GetResponse> drain(String queue) throws IOException {
        List<GetResponse> out = new ArrayList<>();
        GetResponse r;
        while ((r = channel.basicGet(queue, true)) != null) {
            out.add(r);
        }
        return out;
    }

    public void publish(String exchange, String routingKey, String messageId, String json) throws Exception {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(2).messageId(messageId).build();
        channel.basicPublish(exchange, routingKey, props, json.getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
    }

    /** Empties provisioning-service's queues here: nobody consumes them in this virtual host. */
    public void purgeDownstream() throws IOException {
        for (String queue : List.of(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE,
                Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE)) {
            try {
                channel.queuePurge(queue);
            } catch (IOException e) {
                // not declared yet
            }
        }
    }

    public long messageCount(String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    public static String body(GetResponse r) {
        return new String(r.getBody(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
