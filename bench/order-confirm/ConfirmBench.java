import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;

/**
 * Benchmark of POST /api/admin/orders/{id}/confirm against a running order-service (not a test).
 *
 * Creates WARMUP + N orders, listens on a queue of its own bound to the `orders` exchange (order.confirmed), then
 * confirms the warm-up orders and the N measured orders at a fixed RATE per second (open loop: requests go out on
 * schedule whether or not earlier ones answered). Prints confirmations per second, confirm latency percentiles, and
 * the outbox publish delay (confirm request sent -> order.confirmed received from the broker).
 *
 * Environment: BASE_URL, BOT_KEY, ADMIN_KEY, N, RATE, WARMUP, RABBITMQ_HOST, RABBITMQ_PORT, RABBITMQ_USER,
 * RABBITMQ_PASSWORD, RABBITMQ_VHOST (must be the service's virtual host).
 */
public class ConfirmBench {
    static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"(ORD-[0-9A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        String base = env("BASE_URL", "http://127.0.0.1:8081");
        String botKey = env("BOT_KEY", "bench-bot-key");
        String adminKey = env("ADMIN_KEY", "bench-admin-key");
        int n = Integer.parseInt(env("N", "1000"));
        int rate = Integer.parseInt(env("RATE", "100"));
        int warmup = Integer.parseInt(env("WARMUP", "200"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, Long> received = new ConcurrentHashMap<>();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(env("RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(env("RABBITMQ_PORT", "5672")));
        factory.setUsername(env("RABBITMQ_USER", "guest"));
        factory.setPassword(env("RABBITMQ_PASSWORD", "guest"));
        factory.setVirtualHost(env("RABBITMQ_VHOST", "orders-test"));
        try (Connection amqp = factory.newConnection("order-confirm-bench")) {
            Channel channel = amqp.createChannel();
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            channel.queueBind(queue, "orders", "order.confirmed");
            DeliverCallback onMessage = (tag, delivery) -> {
                long now = System.nanoTime();
                Matcher m = ORDER_ID.matcher(new String(delivery.getBody(), StandardCharsets.UTF_8));
                if (m.find()) {
                    received.putIfAbsent(m.group(1), now);
                }
            };
            channel.basicConsume(queue, true, onMessage, tag -> { });

            System.out.printf("creating %d orders (%d warm-up) ...%n", n + warmup, warmup);
            List<String> orders = createOrders(http, base, botKey, n + warmup);
            System.out.printf("confirming %d warm-up orders, then %d measured orders at %d/s ...%n", warmup, n, rate);
            confirmAtRate(http, base, adminKey, orders.subList(0, warmup), rate);
            Result result = confirmAtRate(http, base, adminKey, orders.subList(warmup, orders.size()), rate);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<String> measured = orders.subList(warmup, orders.size());
            while (!received.keySet().containsAll(measured) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long[] delays = measured.stream().filter(received::containsKey)
                    .mapToLong(id -> received.get(id) - result.sentAt.get(id)).sorted().toArray();
            long missing = measured.stream().filter(id -> !received.containsKey(id)).count();

            System.out.println();
            System.out.println("order-service confirm benchmark");
            System.out.printf("  orders confirmed:        %d (target rate %d/s), errors %d%n", result.ok.get(), rate,
                    result.errors.get());
            System.out.printf("  confirmations/s:         %.1f%n", result.ok.get() / (result.elapsedNanos / 1e9));
            System.out.printf("  confirm latency ms:      p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                    pct(result.latencies, 50), pct(result.latencies, 95), pct(result.latencies, 99),
                    pct(result.latencies, 100));
            System.out.printf("  outbox publish delay ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (confirm sent -> "
                    + "order.confirmed received), missing %d%n", pct(delays, 50), pct(delays, 95), pct(delays, 99),
                    pct(delays, 100), missing);
        }
    }

    record Result(long[] latencies, Map<String, Long> sentAt, AtomicInteger ok, AtomicInteger errors,
            long elapsedNanos) {
    }

    static Result confirmAtRate(HttpClient http, String base, String adminKey, List<String> orders, int rate)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[orders.size()];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> allSent = new CompletableFuture<>();
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= orders.size()) {
                allSent.complete(null);
                return;
            }
            String id = orders.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/orders/" + id + "/confirm"))
                    .header("X-Api-Key", adminKey).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"confirmedBy\":\"bench\"}")).build();
            long t0 = System.nanoTime();
            sentAt.put(id, t0);
            synchronized (calls) {
                calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    latencies[i] = System.nanoTime() - t0;
                    if (e == null && r.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }));
            }
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        allSent.get();
        ticker.shutdownNow();
        CompletableFuture<?>[] pending;
        synchronized (calls) {
            pending = calls.toArray(new CompletableFuture<?>[0]);
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(sorted, sentAt, ok, errors, elapsed);
    }

    static List<String> createOrders(HttpClient http, String base, String botKey, int count) throws Exception {
        List<CompletableFuture<String>> calls = new ArrayList<>();
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(8);
        for (int i = 0; i < count; i++) {
            String phone = "+62812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            String body = "{\"phone\":\"" + phone + "\",\"customerName\":\"Bench Customer\","
                    + "\"packageCode\":\"mc-basic\",\"durationMonths\":1}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                    .header("X-Api-Key", botKey).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            inFlight.acquire();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> inFlight.release())
                    .thenApply(r -> {
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("create failed: " + r.statusCode() + " " + r.body());
                        }
                        Matcher m = ORDER_ID.matcher(r.body());
                        m.find();
                        return m.group(1);
                    }));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> c : calls) {
            ids.add(c.get());
        }
        return ids;
    }

    static double pct(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
