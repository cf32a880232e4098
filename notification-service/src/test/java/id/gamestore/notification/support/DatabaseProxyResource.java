package id.gamestore.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import id.gamestore.contracts.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the service and its test database (the run's own database, from
 * {@code -D%test.quarkus.datasource.jdbc.url} when given), so a test can take the database away from this service
 * alone. Consumer pauses are shortened so the old requeue budget would run out within a second or two. Use with
 * {@code restrictToAnnotatedClass = true}.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/notifications_test";
    private static final String URL_PROPERTY = "%test.quarkus.datasource.jdbc.url";
    private static volatile TcpProxy proxy;
    private String runUrl;

    /** The proxy in front of the database of the running test class. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = TcpProxy.to("127.0.0.1", 5432);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runUrl = System.getProperty(URL_PROPERTY);
        String url = (runUrl == null ? DEFAULT_URL : runUrl)
                .replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        // A run's -D%test.quarkus.datasource.jdbc.url outranks a test resource's override: point that at the proxy
        // too while this class runs (stop() puts it back).
        if (runUrl != null) {
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "notification.broker.requeue-pause", "100ms",
                "notification.broker.max-requeue-pause", "200ms",
                "notification.broker.hold-pause", "100ms",
                "notification.broker.max-hold-pause", "500ms",
                // fail fast while cut instead of waiting the default 5 s for a pooled connection
                "quarkus.datasource.jdbc.acquisition-timeout", "1500ms");
    }

    @Override
    public void stop() {
        if (runUrl != null) {
            System.setProperty(URL_PROPERTY, runUrl);
        }
        try {
            proxy.close();
        } catch (IOException e) {
            // the JVM ends the relay threads anyway
        }
    }
}
