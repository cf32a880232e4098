package id.gamestore.order.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Puts a {@link TcpProxy} between the outbox relay and the local RabbitMQ, so a test can take the broker away. */
public class RelayProxyResource implements QuarkusTestResourceLifecycleManager {
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = new TcpProxy("127.0.0.1", 5672);
        proxy.start();
        return Map.of("order.broker.port", Integer.toString(proxy.port()));
    }

    @Override
    public void stop() {
        proxy.stop();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.AnnotatedAndMatchesType(InjectRelayProxy.class,
                TcpProxy.class));
    }
}
