package id.gamestore.order.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for provisioning-service's server endpoints in this service's tests, per their contract:
 * {@code GET /api/servers/{identifier}/status} (200 with the state, 200 available=false while the panel is "down",
 * 404 SERVER_NOT_FOUND) and {@code POST /api/servers/{identifier}/power} (202; 409 SERVER_NOT_READY while installing
 * or suspended; 404; 503 PANEL_UNAVAILABLE). The whole service can fail (503) or answer too slowly.
 */
public final class ServersStandIn {
    public static final String KEY = "stand-in-service-key";
    private static final Pattern PATH = Pattern.compile("/api/servers/([^/]+)/(status|power)");
    private static ServersStandIn current;

    private final HttpServer server;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final List<String> signals = new CopyOnWriteArrayList<>();
    private volatile boolean panelDown;
    private volatile boolean failing;
    private volatile long delayMillis;

    private ServersStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/servers/", this::handle);
        server.createContext("/api/admin/capacity/packages", exchange -> send(exchange, 200,
                ProvisioningStub.packages("mc-basic", true, null, "mc-pro", true, null)));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public static synchronized ServersStandIn current() {
        if (current == null) {
            current = new ServersStandIn();
        }
        return current;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The server's state from now on (running, offline, installing, suspended, ...). */
    public void state(String identifier, String state) {
        states.put(identifier, state);
    }

    /** Every power signal accepted so far, as {@code identifier:signal}. */
    public List<String> signals() {
        return signals;
    }

    public void reset() {
        panelDown = false;
        failing = false;
        delayMillis = 0;
    }

    public void panelDown(boolean down) {
        panelDown = down;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
        if (!KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            send(exchange, 401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"X-Api-Key\"}");
            return;
        }
        if (!m.matches()) {
            send(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\"}");
            return;
        }
        if (failing) {
            send(exchange, 503, "{\"code\":\"UNAVAILABLE\",\"message\":\"down\"}");
            return;
        }
        String id = m.group(1);
        String state = states.get(id);
        if (state == null) {
            send(exchange, 404, "{\"code\":\"SERVER_NOT_FOUND\",\"message\":\"no server " + id + "\"}");
            return;
        }
        if (m.group(2).equals("status")) {
            send(exchange, 200, panelDown
                    ? "{\"identifier\":\"" + id + "\",\"available\":false,\"reason\":\"PANEL_UNREACHABLE\","
                            + "\"checkedAt\":\"2026-12-07T06:00:00Z\"}"
                    : "{\"identifier\":\"" + id + "\",\"available\":true,\"state\":\"" + state + "\","
                            + "\"cpuPercent\":37.5,\"memoryBytes\":1288490188,\"memoryLimitBytes\":2147483648,"
                            + "\"diskBytes\":524288000,\"diskLimitBytes\":10737418240,\"uptimeSeconds\":97260,"
                            + "\"address\":\"10.0.0.5:25565\",\"checkedAt\":\"2026-12-07T06:00:00Z\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String signal = body.replaceAll(".*\"signal\"\\s*:\\s*\"([a-z]+)\".*", "$1");
        if (panelDown) {
            send(exchange, 503, "{\"code\":\"PANEL_UNAVAILABLE\",\"message\":\"the panel is not answering\"}");
        } else if (state.equals("installing") || state.equals("suspended")) {
            send(exchange, 409, "{\"code\":\"SERVER_NOT_READY\",\"message\":\"server " + id + " is " + state + "\"}");
        } else {
            signals.add(id + ":" + signal);
            send(exchange, 202, "{\"identifier\":\"" + id + "\",\"signal\":\"" + signal + "\",\"accepted\":true}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }
}
