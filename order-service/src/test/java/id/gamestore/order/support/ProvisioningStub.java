package id.gamestore.order.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for provisioning-service's {@code GET /api/admin/capacity/packages} in this service's tests (the real
 * service answers it in the end-to-end suite). Answers what the test set, 401 without the key, 503 while failing.
 */
public final class ProvisioningStub {
    public static final String KEY = "stub-provisioning-key";
    private static ProvisioningStub current;

    private final HttpServer server;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile String body = packages("mc-basic", true, null);
    private volatile boolean failing;

    private ProvisioningStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/admin/capacity/packages", exchange -> {
            asked.incrementAndGet();
            int status = failing ? 503 : KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key")) ? 200 : 401;
            byte[] out = (status == 200 ? body : "{\"code\":\"UNAVAILABLE\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    public static synchronized ProvisioningStub current() {
        if (current == null) {
            current = new ProvisioningStub();
        }
        return current;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The answer from now on, as the JSON provisioning-service sends. */
    public void answer(String json) {
        body = json;
        failing = false;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public int asked() {
        return asked.get();
    }

    /**
     * An answer listing packages as {@code code, buildable, problem} triples (problem null when buildable), e.g.
     * {@code packages("mc-basic", true, null, "mc-pro", false, "NO_CAPACITY")}.
     */
    public static String packages(Object... triples) {
        StringBuilder json = new StringBuilder("{\"panel\":\"UP\",\"warnings\":[],\"packages\":[");
        for (int i = 0; i < triples.length; i += 3) {
            boolean buildable = (Boolean) triples[i + 1];
            String problem = (String) triples[i + 2];
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(triples[i]).append("\",\"name\":\"x\",")
                    .append("\"buildable\":").append(buildable).append(",\"problems\":[")
                    .append(buildable ? "" : "\"" + problem + "\"").append("],\"reasons\":[")
                    .append(buildable ? "" : "\"package " + triples[i] + ": no node has room right now\"")
                    .append("]}");
        }
        return json.append("]}").toString();
    }
}
