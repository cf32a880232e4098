package id.gamestore.order.chat.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for provisioning-service's and notification-service's admin APIs in the admin chat tests, answering as
 * their resources do ({@code JobResource}, {@code CapacityResource}, {@code DeliveryAdminResource}): 401 without the
 * right key, the error body {@code {"code","message","field"}} on a refusal. Each test sets what it needs per order.
 */
final class OtherServicesStub {
    static final String PROVISIONING_KEY = "stub-provisioning-admin-key";
    static final String NOTIFICATION_KEY = "stub-notification-admin-key";
    private static OtherServicesStub current;

    private final HttpServer server;
    volatile String packages = "{\"panel\":\"UP\",\"packages\":[{\"code\":\"mc-basic\",\"name\":\"Minecraft Basic\","
            + "\"buildable\":true,\"problems\":[],\"reasons\":[]}]}";
    volatile int nodesStatus = 200;
    volatile String nodes = "[]";
    /** Per order: the retry's status (200, 404, 409). Absent: 404. */
    final Map<String, Integer> retryStatus = new ConcurrentHashMap<>();
    /** Per order: the job's state. */
    final Map<String, String> jobState = new ConcurrentHashMap<>();
    /** Per order: the deliveries JSON array. Absent: []. */
    final Map<String, String> deliveries = new ConcurrentHashMap<>();
    /** Per delivery id: the resend's refusal code (409 ALREADY_PENDING, BODY_PURGED). Absent: 202. */
    final Map<String, String> resendRefusal = new ConcurrentHashMap<>();
    final List<String> resent = new CopyOnWriteArrayList<>();
    final List<String> retried = new CopyOnWriteArrayList<>();

    private OtherServicesStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/admin/capacity", this::capacity);
        server.createContext("/api/admin/jobs/", this::jobs);
        server.createContext("/api/admin/deliveries", this::deliveries);
        server.start();
    }

    static synchronized OtherServicesStub current() {
        if (current == null) {
            current = new OtherServicesStub();
        }
        return current;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void capacity(HttpExchange ex) throws IOException {
        if (!key(ex, PROVISIONING_KEY)) {
            return;
        }
        if (ex.getRequestURI().getPath().endsWith("/packages")) {
            send(ex, 200, packages);
        } else {
            send(ex, nodesStatus, nodesStatus == 200 ? nodes
                    : error("PANEL_UNAVAILABLE", "the panel could not be read: TIMEOUT", null));
        }
    }

    private void jobs(HttpExchange ex) throws IOException {
        if (!key(ex, PROVISIONING_KEY)) {
            return;
        }
        String[] parts = ex.getRequestURI().getPath().split("/");
        String orderId = parts[4];
        if ("POST".equals(ex.getRequestMethod()) && parts.length == 6 && "retry".equals(parts[5])) {
            retried.add(orderId);
            int status = retryStatus.getOrDefault(orderId, 404);
            send(ex, status, switch (status) {
                case 200 -> job(orderId, "PENDING");
                case 409 -> error("INVALID_STATE", "only FAILED or COMPENSATION_FAILED jobs can be retried; this one is "
                        + jobState.get(orderId), "state");
                default -> error("JOB_NOT_FOUND", "no provisioning job for order " + orderId, "orderId");
            });
        } else if ("GET".equals(ex.getRequestMethod()) && parts.length == 5 && jobState.containsKey(orderId)) {
            send(ex, 200, job(orderId, jobState.get(orderId)));
        } else {
            send(ex, 404, error("JOB_NOT_FOUND", "no provisioning job for order " + orderId, "orderId"));
        }
    }

    private void deliveries(HttpExchange ex) throws IOException {
        if (!key(ex, NOTIFICATION_KEY)) {
            return;
        }
        String path = ex.getRequestURI().getPath();
        if ("GET".equals(ex.getRequestMethod())) {
            String query = ex.getRequestURI().getQuery();
            String orderId = query == null ? "" : query.replace("orderId=", "");
            send(ex, 200, deliveries.getOrDefault(orderId, "[]"));
            return;
        }
        String id = path.split("/")[4];
        String refusal = resendRefusal.get(id);
        if (refusal != null) {
            send(ex, 409, error(refusal, "refused: " + refusal, "id"));
            return;
        }
        resent.add(id);
        send(ex, 202, "{\"id\":\"" + id + "\",\"kind\":\"SERVER_READY\",\"state\":\"PENDING\",\"bodyStored\":true,"
                + "\"attempts\":0}");
    }

    static String delivery(String id, String orderId, String kind, String occurredAt, boolean bodyStored) {
        return "{\"id\":\"" + id + "\",\"orderId\":\"" + orderId + "\",\"kind\":\"" + kind + "\",\"locale\":\"id\","
                + "\"recipient\":\"+6281234567890\",\"state\":\"DELIVERED\",\"channel\":\"whatsapp\",\"attempts\":1,"
                + "\"eventOccurredAt\":\"" + occurredAt + "\",\"createdAt\":\"" + occurredAt + "\","
                + "\"bodyStored\":" + bodyStored + ",\"attemptLog\":[]}";
    }

    private static String job(String orderId, String state) {
        return "{\"jobId\":\"3f6c1d3e-0000-4000-8000-000000000001\",\"orderId\":\"" + orderId + "\",\"state\":\""
                + state + "\",\"currentStep\":\"ENSURE_USER\",\"steps\":{},\"attempts\":0,\"cancelRequested\":false,"
                + "\"userCreatedByJob\":false}";
    }

    private static String error(String code, String message, String field) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\""
                + (field == null ? "" : ",\"field\":\"" + field + "\"") + "}";
    }

    private static boolean key(HttpExchange ex, String expected) throws IOException {
        if (expected.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
            return true;
        }
        send(ex, 401, error("UNAUTHORIZED", "a valid X-Api-Key is required", null));
        return false;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }
}
