package id.gamestore.provisioning.support;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.contracts.messaging.Topology;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The service starts on a test vhost where order-service's and notification-service's event queues do not exist
 * (as on a broker where neither ever ran), with the declaration of those queues on. The queues are deleted again
 * when the resource stops: nothing consumes them on the test vhost.
 */
public class EventQueuesResource implements QuarkusTestResourceLifecycleManager {
    private static final String DECLARE_KEY = "%test.rabbitmq.declare-event-queues";
    private final SystemOverrides overrides = new SystemOverrides();

    @Override
    public Map<String, String> start() {
        deleteEventQueues();
        overrides.set(DECLARE_KEY, "true");
        return Map.of(DECLARE_KEY, "true");
    }

    @Override
    public void stop() {
        overrides.restore();
        deleteEventQueues();
    }

    /** The vhost of the test run (a run may point {@code %test.rabbitmq.virtual-host} at a private one). */
    public static String virtualHost() {
        return System.getProperty("%test.rabbitmq.virtual-host", "provisioning-test");
    }

    public static Connection connect() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(virtualHost());
        return factory.newConnection("provisioning-test-admin");
    }

    public static void deleteEventQueues() {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            for (String queue : Topology.PROVISIONING_EVENT_QUEUES) {
                channel.queueDelete(queue);
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("could not delete the event queues on " + virtualHost(), e);
        }
    }
}
