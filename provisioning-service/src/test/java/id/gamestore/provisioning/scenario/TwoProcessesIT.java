package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.support.FaultSummary;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;

/**
 * How a store scales out: two separate processes started from the packaged jar, on the same database and broker,
 * with the sandbox panel at its real limit. Ten orders (four of them delivered twice) are each provisioned exactly once
 * and the panel never sees more than the limit: the shared bucket allows a burst of 4 and then about 4 requests a
 * second, so ten orders (about 50 panel requests) already run at the limit.
 */
class TwoProcessesIT {
    /** The test database and vhost; a run may point them elsewhere the same way as the @QuarkusTest ones. */
    private static final String DB_URL = System.getProperty("%test.quarkus.datasource.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/provisioning_test");
    private static final String VHOST = System.getProperty("%test.rabbitmq.virtual-host", "provisioning-test");
    private static final int ORDERS = 10;
    private static Sandbox sandbox;
    private static final List<Process> processes = new ArrayList<>();
    /** The instances' management ports (health); their public ports serve only the admin API. */
    private static final List<Integer> managementPorts = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.defaults().withInstallMillis(400));
        cleanDatabase();
        for (String id : List.of("proc-a", "proc-b")) {
            int managementPort = freePort();
            managementPorts.add(managementPort);
            processes.add(start(id, freePort(), managementPort));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int port : managementPorts) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }
    }

    @AfterAll
    static void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void tenOrdersAcrossTwoProcessesAreEachProvisionedOnce() throws Exception {
        PanelProbe panel = PanelProbe.of(sandbox.panel());
        PanelProbe.Inventory start = panel.inventory();
        try (TestBroker broker = new TestBroker(VHOST)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> broker.consumers() >= 2);
            Instant begin = Instant.now();
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                OrderConfirmed order = Orders.confirmed(Orders.newCustomer(i % 2 == 0), "mc-basic");
                orderIds.add(order.orderId());
                broker.publish(order);
                if (i % 3 == 0) {
                    broker.publish(order);
                }
            }
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                    .until(() -> orderIds.stream().allMatch(id -> !broker.events(id, EventTypes.PROVISIONING_COMPLETED).isEmpty()));

            for (String id : orderIds) {
                assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(id))).isEqualTo(1);
            }
            assertThat(panel.inventory().servers()).isEqualTo(start.servers() + ORDERS);
            assertThat(panel.maxApplicationRequestsInWindow(Duration.ofSeconds(60), begin)).isLessThanOrEqualTo(240);
            assertThat(panel.throttledSince(begin)).isZero();
            assertThat(instancesThatWorked()).contains("proc-a", "proc-b");
            System.out.printf("two processes: %d orders in %d s%n", ORDERS, Duration.between(begin, Instant.now()).toSeconds());
            FaultSummary.of(panel, broker, orderIds, 0, start).print().assertClean();
        }
    }

    private static Process start(String instanceId, int port, int managementPort) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-jar", jar);
        Map<String, String> env = new HashMap<>(Map.of(
                "PTERODACTYL_ADMIN_URL", sandbox.panelUrl(),
                "PTERODACTYL_ADMIN_API_KEY", sandbox.config().panelAppKey(),
                "PTERODACTYL_CLIENT_API_KEY", sandbox.config().panelClientKey(),
                "CREDENTIALS_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "ADMIN_API_KEYS", "it-admin-key",
                "PROVISIONING_DB_NAME", DB_URL.substring(DB_URL.lastIndexOf('/') + 1),
                "RABBITMQ_VHOST", VHOST,
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "PROVISIONING_INSTANCE_ID", instanceId,
                "PROVISIONING_WORKERS", "2"));
        env.putAll(Map.of("MANAGEMENT_PORT", Integer.toString(managementPort), "INSTALL_POLL_INITIAL", "700MS",
                "WORKER_IDLE_POLL", "100MS", "PROVISIONING_RETRY_INITIAL_DELAY", "200MS"));
        // the packaged jar runs in prod mode: no default broker or database login
        env.putAll(Map.of("RABBITMQ_USER", "guest", "RABBITMQ_PASSWORD", "guest", "DB_PASSWORD", "ptero"));
        // nobody consumes order-service's and notification-service's queues on the test vhost
        env.put("RABBITMQ_DECLARE_EVENT_QUEUES", "false");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File("target/" + instanceId + ".log"));
        return pb.start();
    }

    private static void cleanDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "ptero", "ptero"); Statement s = c.createStatement()) {
            s.execute("truncate job_step_log, provisioning_job, processed_event, outbox_event, allocation_reservation, "
                    + "panel_rate_budget");
        }
    }

    private static List<String> instancesThatWorked() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB_URL, "ptero", "ptero"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct split_part(instance_id, '/', 1) from job_step_log")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Ports handed out in this run: the system may give a port it just freed to the next ServerSocket(0) again. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** A port free now and not handed out before (a CI run gave two processes one port and one failed to start). */
    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
        throw new IllegalStateException("no fresh free port in 100 attempts");
    }
}
