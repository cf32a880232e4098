package id.gamestore.provisioning.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for notification-service's {@code GET /api/admin/orders/{id}/login-delivery} in this service's tests
 * (the real service answers it in the end-to-end suite): each order's login is NONE until a test says otherwise.
 * Requests without the configured admin key are refused with 401, as the real endpoint does.
 */
public final class LoginDeliveryStub {
    public static final String KEY = "stub-notification-key";
    private static LoginDeliveryStub current;

    private final HttpServer server;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final AtomicInteger asked = new AtomicInteger();

    private LoginDeliveryStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/admin/orders/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String orderId = path.substring("/api/admin/orders/".length(), path.length() - "/login-delivery".length());
            String query = exchange.getRequestURI().getQuery();
            String requestId = query != null && query.startsWith("requestId=") ? query.substring(10) : null;
            asked.incrementAndGet();
            byte[] body;
            int status;
            if (!KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                status = 401;
                body = "{\"code\":\"UNAUTHORIZED\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                String state = states.getOrDefault(key(orderId, requestId), "NONE");
                body = ("{\"orderId\":\"" + orderId + "\",\"state\":\"" + state + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public static synchronized LoginDeliveryStub current() {
        if (current == null) {
            current = new LoginDeliveryStub();
        }
        return current;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What notification-service would say about the login of {@code orderId} (and reset {@code requestId}). */
    public void answer(String orderId, String requestId, String state) {
        states.put(key(orderId, requestId), state);
    }

    public int asked() {
        return asked.get();
    }

    public void reset() {
        states.clear();
        asked.set(0);
    }

    private static String key(String orderId, String requestId) {
        return orderId + "|" + (requestId == null ? "" : requestId);
    }
}
