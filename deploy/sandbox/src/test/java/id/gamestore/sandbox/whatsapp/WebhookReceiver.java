package id.gamestore.sandbox.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny webhook endpoint for tests: records every POST with its raw body; can answer 500 to the next N. */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Received(String signature, String wahaHmac, byte[] body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            if ("GET".equals(exchange.getRequestMethod())) {
                answerHandshake(exchange);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"),
                        exchange.getRequestHeaders().getFirst("X-Webhook-Hmac"), body));
            }
            exchange.sendResponseHeaders(fail ? 500 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    private volatile String verifyToken = WhatsAppSandboxConfig.defaults().verifyToken();

    /** The token this receiver expects in the subscription handshake. */
    void verifyToken(String token) {
        verifyToken = token;
    }

    private void answerHandshake(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        java.util.Map<String, String> q = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        boolean ok = "subscribe".equals(q.get("hub.mode")) && verifyToken.equals(q.get("hub.verify_token"));
        byte[] answer = (ok ? q.get("hub.challenge") : "forbidden").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(ok ? 200 : 403, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int count) {
        failNext.set(count);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Every {@code statuses[]} item of every Cloud webhook received, in arrival order. */
    List<JsonNode> statuses() {
        return items("statuses");
    }

    /** Every inbound {@code messages[]} item of every Cloud webhook received. */
    List<JsonNode> inboundMessages() {
        return items("messages");
    }

    List<String> statusNames(String messageId) {
        return statuses().stream().filter(s -> s.path("id").asText().equals(messageId))
                .map(s -> s.path("status").asText()).toList();
    }

    /** WAHA envelopes of one event type. */
    List<JsonNode> wahaEvents(String event) {
        return received.stream().map(Received::json).filter(j -> event.equals(j.path("event").asText())).toList();
    }

    private List<JsonNode> items(String field) {
        List<JsonNode> items = new ArrayList<>();
        for (Received r : received) {
            for (JsonNode entry : r.json().path("entry")) {
                for (JsonNode change : entry.path("changes")) {
                    change.path("value").path(field).forEach(items::add);
                }
            }
        }
        return items;
    }

    void clear() {
        received.clear();
        failNext.set(0);
        verifyToken = WhatsAppSandboxConfig.defaults().verifyToken();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
