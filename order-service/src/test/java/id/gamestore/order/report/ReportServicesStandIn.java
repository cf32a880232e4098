package id.gamestore.order.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for provisioning-service's and notification-service's report endpoints
 * ({@code /api/admin/reports/provisioning|capacity|notifications}, reports-spec.md): 401 without the key, else the
 * status and body a test sets per report. Records each request's path and query.
 */
final class ReportServicesStandIn implements AutoCloseable {
    static final String KEY = "stand-in-report-key";

    private final HttpServer server;
    volatile int status = 200;
    volatile String provisioning = """
            {"range":{},"totals":{"confirmed":10,"completed":7,"failed":2,"running":1,"successRate":0.7778},
             "failures":[{"orderId":"ORD-7KQ2M9XD","packageCode":"mc-basic","reason":"NO_CAPACITY","step":"PLACE",
                          "detail":"no node has 4096 MB free","failedAt":"2031-01-14T04:00:00Z"},
                         {"orderId":"ORD-AB12CD34","packageCode":"mc-pro","reason":"INSTALL_FAILED",
                          "step":"WAIT_INSTALL","detail":"install script exited 1","failedAt":"2031-01-14T03:00:00Z"}],
             "failuresTotal":2}""";
    volatile String capacity = """
            {"range":{},"nodes":[],"serversByPackage":[],
             "warnings":[{"nodeId":1,"name":"node-1","problem":"FULL_SOON","detail":"memory full on 2031-01-20"}]}""";
    volatile String notifications = """
            {"range":{},"totals":{"messages":20,"delivered":18,"read":10,"failed":1,"pending":1,"deliveredRate":0.9},
             "undelivered":[{"orderId":"ORD-7KQ2M9XD","kind":"SERVER_READY","channel":"whatsapp-cloud",
                             "state":"FAILED","reason":"number not on WhatsApp","at":"2031-01-14T05:00:00Z"}],
             "undeliveredTotal":1}""";
    final List<String> requests = new CopyOnWriteArrayList<>();

    ReportServicesStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/admin/reports/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path + "?" + ex.getRequestURI().getQuery());
        if (!KEY.equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
            send(ex, 401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"a valid X-Api-Key is required\"}");
            return;
        }
        if (status != 200) {
            send(ex, status, "{\"code\":\"UNAVAILABLE\",\"message\":\"starting\"}");
            return;
        }
        String body = path.endsWith("/provisioning") ? provisioning : path.endsWith("/capacity") ? capacity
                : path.endsWith("/notifications") ? notifications : null;
        if (body == null) {
            send(ex, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\"}");
        } else {
            send(ex, 200, body);
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
