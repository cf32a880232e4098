package id.gamestore.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import id.gamestore.contracts.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the service and its test database (the run's own database, from
 * {@code -D%test.quarkus.datasource.jdbc.url} when given), so a test can take the database away from this service
 * alone. A service subclasses it with its test database's URL and the settings it shortens for the test (its
 * consumer's pauses, say). Use with {@code restrictToAnnotatedClass = true}.
 */
public abstract class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {
    private static final String URL_PROPERTY = "%test.quarkus.datasource.jdbc.url";
    private static volatile TcpProxy proxy;
    private String runUrl;

    /** The proxy in front of the database of the running test class. */
    public static TcpProxy proxy() {
        return proxy;
    }

    /** The test profile's database URL when the run does not override it. */
    protected abstract String defaultUrl();

    /** More configuration for the test class (shorter pauses and timeouts). */
    protected abstract Map<String, String> settings();

    @Override
    public Map<String, String> start() {
        try {
            proxy = TcpProxy.to("127.0.0.1", 5432);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runUrl = System.getProperty(URL_PROPERTY);
        String url = (runUrl == null ? defaultUrl() : runUrl)
                .replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        // A run's -D%test.quarkus.datasource.jdbc.url outranks a test resource's override: point that at the proxy
        // too while this class runs (stop() puts it back).
        if (runUrl != null) {
            System.setProperty(URL_PROPERTY, url);
        }
        Map<String, String> config = new HashMap<>(settings());
        config.put("quarkus.datasource.jdbc.url", url);
        // fail fast while cut instead of waiting the default 5 s for a pooled connection
        config.putIfAbsent("quarkus.datasource.jdbc.acquisition-timeout", "1500ms");
        return config;
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
