package id.gamestore.provisioning.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import id.gamestore.contracts.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Puts a {@link TcpProxy} between the service and RabbitMQ, so a test can take the broker away. */
public class BrokerProxyResource implements QuarkusTestResourceLifecycleManager {
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            proxy = TcpProxy.to("127.0.0.1", 5672);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("rabbitmq.port", Integer.toString(proxy.port()));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            // the test run ends anyway
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.AnnotatedAndMatchesType(InjectProxy.class, TcpProxy.class));
    }
}
