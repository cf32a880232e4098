package id.gamestore.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;

/**
 * The whole product on this machine: the sandbox in-process, the three packaged services as separate processes, on
 * the local PostgreSQL (databases {@code e2e_*}) and RabbitMQ (vhost {@code e2e}), each wiped before the run.
 */
final class Product implements AutoCloseable {
    static final String BOT_KEY = "e2e-bot-key";
    static final String ADMIN_KEY = "e2e-admin-key";
    /** order-service's key at provisioning-service's server status and power endpoints (role {@code service}). */
    static final String SERVICE_KEY = "e2e-service-key";
    static final String VHOST = "e2e";
    static final String ADMIN_PHONE = "6281100000000";
    /**
     * Where the run's PostgreSQL and RabbitMQ listen: the machine's own by default; {@code -De2e.pg.port} and
     * {@code -De2e.rabbitmq.port} point a run at a private cluster and node (the fault run stops them, which on a
     * shared development machine would stop everyone else's tests too).
     */
    static final int PG_PORT = Integer.getInteger("e2e.pg.port", 5432);
    static final int RABBITMQ_PORT = Integer.getInteger("e2e.rabbitmq.port", 5672);
    /**
     * The broker login each service runs as: its own user with only its own permissions on the {@code e2e} vhost
     * ({@code deploy/rabbitmq/permissions.tsv}), created by {@code deploy/local/infra.sh} with a local-only password.
     */
    static BrokerLogin brokerLogin(String service) {
        return new BrokerLogin("e2e-" + service, "e2e-" + service + "-local");
    }

    record BrokerLogin(String user, String password) {
    }

    private static final List<String> DATABASES = List.of("e2e_orders", "e2e_provisioning", "e2e_notifications");

    final Sandbox sandbox;
    final ServiceProcess orders;
    final ServiceProcess provisioning;
    final ServiceProcess notifications;

    private Product(Sandbox sandbox, ServiceProcess orders, ServiceProcess provisioning, ServiceProcess notifications) {
        this.sandbox = sandbox;
        this.orders = orders;
        this.provisioning = provisioning;
        this.notifications = notifications;
    }

    /**
     * The product as the functional end-to-end tests use it: provisioning-service looks at an installing server after
     * 1 s instead of the shipped 5 s, since the sandbox installs in 1 s (each order would otherwise wait 4 s for
     * nothing). The fault run keeps the shipped polling ({@link #start(Map)}).
     */
    static Product start() throws Exception {
        return start(Map.of("provisioning-service", Map.of("INSTALL_POLL_INITIAL", "1S")));
    }

    /**
     * @param extraEnv per service name ({@code order-service}, ...), environment settings on top of the defaults (a
     *                 fault run gives jobs a longer deadline, say)
     */
    static Product start(Map<String, Map<String, String>> extraEnv) throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("e2e-tests/target/e2e-logs");
        Files.createDirectories(logs);
        try (var old = Files.list(logs)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        wipeDatabases();
        wipeQueues();

        int notificationPort = ServiceProcess.freePort();
        int provisioningPort = ServiceProcess.freePort();
        int orderPort = ServiceProcess.freePort();
        // The benchmark seed has room for the 30 simultaneous orders of the customer-login test next to the others.
        Sandbox sandbox = Sandbox.start(SandboxConfig.defaults()
                .withSeedFile(root.resolve("bench/system/seed.json"))
                .withInstallMillis(1_000)
                .withWaWebhookUrl("http://127.0.0.1:" + notificationPort + "/webhooks/whatsapp"));
        SandboxConfig sc = sandbox.config();

        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", "127.0.0.1");
        common.put("DB_PORT", String.valueOf(PG_PORT));
        common.put("DB_USER", "ptero");
        common.put("DB_PASSWORD", "ptero");
        common.put("RABBITMQ_HOST", "127.0.0.1");
        common.put("RABBITMQ_PORT", String.valueOf(RABBITMQ_PORT));
        common.put("RABBITMQ_VHOST", VHOST);
        common.put("CREDENTIALS_KEY_ID", "e2e-1");
        common.put("CREDENTIALS_KEY", CredentialCipher.generateKey());
        common.put("ADMIN_API_KEYS", ADMIN_KEY);

        Map<String, String> orderEnv = new HashMap<>(common);
        putBrokerLogin(orderEnv, "order-service");
        orderEnv.put("ORDER_DB_NAME", "e2e_orders");
        orderEnv.put("ORDER_BOT_API_KEYS", BOT_KEY);
        orderEnv.put("ORDER_ADMIN_API_KEYS", ADMIN_KEY);
        // A confirm asks provisioning-service whether it can build the package (409 PACKAGE_NOT_BUILDABLE if not).
        orderEnv.put("PROVISIONING_URL", "http://127.0.0.1:" + provisioningPort);
        orderEnv.put("PROVISIONING_ADMIN_API_KEY", ADMIN_KEY);
        // Chat commands: the admin's number, live server status and power through provisioning-service, the admin's
        // !resend through notification-service.
        orderEnv.put("ADMIN_PHONES", ADMIN_PHONE);
        orderEnv.put("PROVISIONING_SERVICE_API_KEY", SERVICE_KEY);
        orderEnv.put("NOTIFICATION_URL", "http://127.0.0.1:" + notificationPort);
        orderEnv.put("NOTIFICATION_ADMIN_API_KEY", ADMIN_KEY);

        // The server's term (docs/lifecycle.md): the catalog and mapping gain a 30 s trial package, and the lifecycle
        // runs on seconds, so EndToEndIT can take a trial through its whole life. Monthly orders are untouched.
        Path lifecycle = root.resolve("e2e-tests/src/test/resources/lifecycle");
        orderEnv.put("PACKAGES_FILE", lifecycle.resolve("packages.yaml").toString());
        orderEnv.put("LIFECYCLE_REMINDERS", "PT15S");
        orderEnv.put("LIFECYCLE_GRACE", "PT2S");
        orderEnv.put("LIFECYCLE_TERMINATE_AFTER", "PT20S");
        orderEnv.put("LIFECYCLE_TERMINATION_WARNING", "PT10S");
        orderEnv.put("LIFECYCLE_POLL", "1S");
        orderEnv.put("LIFECYCLE_ACTION_RETRY", "PT30S");
        // the admin's daily list goes out at the first tick, while nothing expires: no message
        orderEnv.put("LIFECYCLE_DIGEST_TIME", "00:00");

        Map<String, String> provEnv = new HashMap<>(common);
        provEnv.put("RESOURCE_MAPPING_FILE", lifecycle.resolve("resource-mapping.json").toString());
        putBrokerLogin(provEnv, "provisioning-service");
        provEnv.put("PROVISIONING_DB_NAME", "e2e_provisioning");
        provEnv.put("PTERODACTYL_ADMIN_URL", sandbox.panelUrl());
        provEnv.put("PTERODACTYL_ADMIN_API_KEY", sc.panelAppKey());
        provEnv.put("PTERODACTYL_CLIENT_API_KEY", sc.panelClientKey());
        provEnv.put("PANEL_PUBLIC_URL", sandbox.panelUrl());
        provEnv.put("AUTO_START_SERVERS", "true");
        provEnv.put("PROVISIONING_TIMEOUT", "PT2M");
        provEnv.put("DEFAULT_SERVER_STARTUP_TIMEOUT", "PT1M");
        // A later order of the same customer asks notification-service whether the first login arrived.
        provEnv.put("NOTIFICATION_URL", "http://127.0.0.1:" + notificationPort);
        provEnv.put("NOTIFICATION_ADMIN_API_KEY", ADMIN_KEY);
        provEnv.put("LOGIN_HANDOVER_WAIT", "PT30S");
        // One named instance: a restart takes back the jobs its killed predecessor held at once.
        provEnv.put("PROVISIONING_INSTANCE_ID", "e2e-prov-1");
        provEnv.put("SERVICE_API_KEYS", SERVICE_KEY);

        Map<String, String> notifEnv = new HashMap<>(common);
        putBrokerLogin(notifEnv, "notification-service");
        notifEnv.put("NOTIFICATION_DB_NAME", "e2e_notifications");
        notifEnv.put("WHATSAPP_CHANNEL", "cloud");
        notifEnv.put("WHATSAPP_API_URL", sandbox.whatsappUrl());
        notifEnv.put("WHATSAPP_TOKEN", sc.waToken());
        notifEnv.put("WHATSAPP_PHONE_NUMBER_ID", sc.waPhoneNumberId());
        notifEnv.put("WHATSAPP_APP_SECRET", sc.waAppSecret());
        notifEnv.put("WHATSAPP_VERIFY_TOKEN", sc.waVerifyToken());
        notifEnv.put("ADMIN_PHONE", ADMIN_PHONE);
        // No SMTP server in the end-to-end run: a fallback email fails fast and the admin alert follows.
        notifEnv.put("MAIL_HOST", "127.0.0.1");
        notifEnv.put("MAIL_PORT", String.valueOf(ServiceProcess.freePort()));
        // Standalone chat: commands typed to the store's number are answered by order-service, replies sent back here.
        notifEnv.put("CHAT_COMMANDS", "on");
        notifEnv.put("CHAT_ORDER_URL", "http://127.0.0.1:" + orderPort);
        notifEnv.put("CHAT_ORDER_API_KEY", BOT_KEY);

        orderEnv.putAll(extraEnv.getOrDefault("order-service", Map.of()));
        provEnv.putAll(extraEnv.getOrDefault("provisioning-service", Map.of()));
        notifEnv.putAll(extraEnv.getOrDefault("notification-service", Map.of()));

        Product p = new Product(sandbox,
                new ServiceProcess("order-service", root.resolve("order-service/target/quarkus-app/quarkus-run.jar"),
                        orderPort, logs, orderEnv),
                new ServiceProcess("provisioning-service",
                        root.resolve("provisioning-service/target/quarkus-app/quarkus-run.jar"),
                        provisioningPort, logs, provEnv),
                new ServiceProcess("notification-service",
                        root.resolve("notification-service/target/quarkus-app/quarkus-run.jar"), notificationPort, logs,
                        notifEnv));
        // The admin chats with the bot too, so alerts to the admin go out as free text inside the 24-hour window.
        sandbox.whatsapp().openWindow(ADMIN_PHONE);
        try {
            p.orders.start();
            p.provisioning.start();
            p.notifications.start();
            for (ServiceProcess s : List.of(p.orders, p.provisioning, p.notifications)) {
                s.awaitReady(Duration.ofSeconds(150));
            }
        } catch (Exception | AssertionError e) {
            // the test class never gets a Product to close: stop what started, or it outlives the build
            p.close();
            throw e;
        }
        return p;
    }

    private static void putBrokerLogin(Map<String, String> env, String service) {
        BrokerLogin login = brokerLogin(service);
        env.put("RABBITMQ_USER", login.user());
        env.put("RABBITMQ_PASSWORD", login.password());
    }

    private static void wipeDatabases() throws SQLException {
        for (String db : DATABASES) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + db, "ptero", "ptero");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
    }

    private static void wipeQueues() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setPort(RABBITMQ_PORT);
        f.setVirtualHost(VHOST);
        try (com.rabbitmq.client.Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            for (String q : List.of(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE, Topology.ORDER_PROVISIONING_EVENTS_QUEUE,
                    Topology.NOTIFICATION_PROVISIONING_EVENTS_QUEUE)) {
                ch.queueDelete(q);
                ch.queueDelete(Topology.deadLetterQueue(q));
            }
        }
    }

    String allLogs() throws IOException {
        return orders.logText() + provisioning.logText() + notifications.logText();
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess s : List.of(notifications, provisioning, orders)) {
            s.stop();
        }
        sandbox.close();
    }
}
