package id.gamestore.order.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import id.gamestore.contracts.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the provisioning-events connector and the local RabbitMQ (the outbox relay has its
 * own, {@link RelayProxyResource}), with a 1 s reconnect interval. Use with {@code restrictToAnnotatedClass = true}.
 */
public class ConsumerBrokerProxyResource implements QuarkusTestResourceLifecycleManager {
    private static volatile TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = TcpProxy.to("127.0.0.1", 5672);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("mp.messaging.incoming.provisioning-events.port", Integer.toString(proxy.port()),
                "mp.messaging.incoming.provisioning-events.reconnect-interval", "1",
                "mp.messaging.incoming.provisioning-events.requested-heartbeat", "2");
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            // the JVM ends the relay threads anyway
        }
    }
}
