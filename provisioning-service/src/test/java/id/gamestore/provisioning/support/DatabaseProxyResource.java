package id.gamestore.provisioning.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import id.gamestore.contracts.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the service and its PostgreSQL, so a test can take the database away without
 * stopping the cluster other suites use. The proxied URL keeps the configured database (a run may point
 * {@code %test.quarkus.datasource.jdbc.url} at a private one); only host and port change. The lease is long (2 min)
 * so that a job resuming within seconds of the database's return proves it did not wait for the lease. The values
 * are also set as system properties for the life of the resource: a command-line {@code -D%test...} override would
 * otherwise win over the resource's.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {
    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)$");
    private static final String URL_KEY = "%test.quarkus.datasource.jdbc.url";
    private static final String LEASE_KEY = "%test.provisioning.lease";
    private final SystemOverrides overrides = new SystemOverrides();
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Matcher m = HOST_PORT.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
        }
        try {
            proxy = TcpProxy.to(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + m.group(3);
        System.out.println("database proxy: " + url + " via " + proxied);
        overrides.set(URL_KEY, proxied);
        overrides.set(LEASE_KEY, "2M");
        return Map.of(URL_KEY, proxied, LEASE_KEY, "2M");
    }

    @Override
    public void stop() {
        overrides.restore();
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
