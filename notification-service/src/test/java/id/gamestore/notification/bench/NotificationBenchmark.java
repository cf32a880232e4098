package id.gamestore.notification.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.sandbox.whatsapp.SentMessage;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxConfig;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxOptions;

/**
 * Benchmark: starts the WhatsApp sandbox in this JVM and the packaged notification-service as a separate process,
 * publishes {@code provisioning.completed} events to the real broker at a steady rate, and prints p50/p99 of the
 * time from publish to the message accepted by the sandbox. Run by {@code bench/notification/run.sh}.
 */
public final class NotificationBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 200);
        int rate = Integer.getInteger("bench.rate", 40);
        int port = Integer.getInteger("bench.port", 18083);
        int managementPort = Integer.getInteger("bench.management-port", 19083);
        String vhost = System.getProperty("bench.vhost", "notifications-test");
        String app = System.getProperty("bench.app", "notification-service/target/quarkus-app/quarkus-run.jar");

        try (WhatsAppSandbox sandbox = WhatsAppSandbox.start(WhatsAppSandboxConfig.defaults(),
                WhatsAppSandboxOptions.defaults())) {
            sandbox.setWebhookUrl("http://127.0.0.1:" + port + "/webhooks/whatsapp");
            if ("notifications-test".equals(vhost)) {
                TestBroker.purgeQueues();
            }
            Process service = startService(app, port, managementPort, vhost, sandbox);
            try {
                awaitReady(managementPort, service);
                int warmup = Integer.getInteger("bench.warmup", 20);
                if (warmup > 0) {
                    publishAndAwait(sandbox, warmup, rate, vhost);
                    sandbox.reset();
                }
                run(sandbox, events, rate, port, vhost);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    private static void run(WhatsAppSandbox sandbox, int events, int rate, int port, String vhost) throws Exception {
        Instant start = Instant.now();
        Map<String, Instant> published = publishAndAwait(sandbox, events, rate, vhost);
        report(sandbox, published, events, rate, port, start);
    }

    private static Map<String, Instant> publishAndAwait(WhatsAppSandbox sandbox, int events, int rate, String vhost)
            throws Exception {
        Map<String, Instant> published = new HashMap<>();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getProperty("bench.rabbit.host", "127.0.0.1"));
        factory.setVirtualHost(vhost);
        long gapNanos = 1_000_000_000L / Math.max(rate, 1);
        try (Connection connection = factory.newConnection("notification-benchmark");
                Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            long next = System.nanoTime();
            for (int i = 0; i < events; i++) {
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                next += gapNanos;
                String phone = TestEvents.phone();
                ProvisioningCompleted event = TestEvents.completed(TestEvents.orderId(),
                        TestEvents.customer(phone, null), TestEvents.password());
                AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json")
                        .deliveryMode(2).messageId(event.eventId().toString()).build();
                published.put(phone.substring(1), Instant.now());
                channel.basicPublish(Topology.PROVISIONING_EXCHANGE, event.type(), true, props,
                        EventJson.write(event).getBytes(StandardCharsets.UTF_8));
            }
            channel.waitForConfirmsOrDie(10_000);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (countFor(sandbox, published) < events && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
        return published;
    }

    private static void report(WhatsAppSandbox sandbox, Map<String, Instant> published, int events, int rate,
            int port, Instant start) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (SentMessage m : sandbox.messages()) {
            Instant sent = published.get(m.waId());
            if (sent != null) {
                latencies.add(Duration.between(sent, m.acceptedAt()).toMillis());
            }
        }
        Collections.sort(latencies);
        System.out.printf("BENCH events=%d rate=%d/s accepted=%d duplicates=%d%n", events, rate, latencies.size(),
                latencies.size() - published.keySet().stream().filter(p -> !sandbox.messagesTo(p).isEmpty()).count());
        if (!latencies.isEmpty()) {
            System.out.printf("BENCH publish->accepted p50=%d ms p99=%d ms max=%d ms (target p99 < 1000 ms)%n",
                    percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1));
        }
        HttpResponse<String> stats = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/admin/deliveries/stats?since=" + start)).header("X-Api-Key", "bench-admin-key").build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("BENCH service stats " + stats.body());
    }

    private static long countFor(WhatsAppSandbox sandbox, Map<String, Instant> published) {
        return sandbox.messages().stream().filter(m -> published.containsKey(m.waId())).count();
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static Process startService(String app, int port, int managementPort, String vhost,
            WhatsAppSandbox sandbox) throws Exception {
        WhatsAppSandboxConfig c = sandbox.config();
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar", app);
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("RABBITMQ_VHOST", vhost);
        env.put("WHATSAPP_CHANNEL", "cloud");
        env.put("WHATSAPP_API_URL", sandbox.url());
        env.put("WHATSAPP_API_VERSION", "v21.0");
        env.put("WHATSAPP_TOKEN", c.token());
        env.put("WHATSAPP_PHONE_NUMBER_ID", c.phoneNumberId());
        env.put("WHATSAPP_APP_SECRET", c.appSecret());
        env.put("WHATSAPP_VERIFY_TOKEN", c.verifyToken());
        env.put("ADMIN_PHONE", "+" + TestEvents.ADMIN_DIGITS);
        env.put("CREDENTIALS_KEY_ID", TestEvents.KEY_ID);
        env.put("CREDENTIALS_KEY", TestEvents.KEY);
        env.put("ADMIN_API_KEYS", "bench-admin-key");
        env.put("DELIVERY_CONCURRENCY", System.getProperty("bench.concurrency", "16"));
        // a clean slate: the test database, emptied at start-up (rows left by an earlier run would otherwise pass
        // their delivery deadline and fall back during the measurement)
        env.put("NOTIFICATION_DB_NAME", System.getProperty("bench.db", "notifications_test"));
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File(System.getProperty("bench.log", "notification-service/target/bench-service.log")));
        return pb.start();
    }

    /** Readiness on the service's management port. */
    private static void awaitReady(int managementPort, Process service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("notification-service exited; see its log");
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            java.util.concurrent.locks.LockSupport.parkNanos(250_000_000);
        }
        throw new IllegalStateException("notification-service not ready within 60 s");
    }
}
