package id.gamestore.notification.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for order-service's {@code POST /api/chat/messages} (the contract of issue 11): records every call and
 * answers per the contract. By default a command gets one reply to its sender; a test can script the answers for
 * one sender (statuses such as 503 first, or replies addressed elsewhere). Like the real endpoint, a message id
 * answered once with 200 gets the same answer again.
 */
public final class OrderServiceStandIn implements AutoCloseable {
    public static final String API_KEY = "test-order-bot-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as received. */
    public record Call(String apiKey, String messageId, String from, String text, String pushName) {
    }

    /** One scripted answer: a status and a JSON body. */
    public record Answer(int status, String body) {
        public static Answer unavailable() {
            return new Answer(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"database down\"}");
        }

        /** 200, handled, with the replies given as (to, text) pairs. */
        public static Answer replies(String command, String... toAndText) {
            StringBuilder replies = new StringBuilder();
            for (int i = 0; i < toAndText.length; i += 2) {
                replies.append(i == 0 ? "" : ",").append("{\"to\":").append(quote(toAndText[i]))
                        .append(",\"text\":").append(quote(toAndText[i + 1])).append('}');
            }
            return new Answer(200, "{\"handled\":true,\"command\":" + quote(command) + ",\"replies\":[" + replies
                    + "],\"data\":{\"identifier\":\"ef39bc02\"}}");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();

    public OrderServiceStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/chat/messages", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next answers to commands from {@code phone} (any form), in order; then the default answer. */
    public void script(String phone, Answer... answers) {
        scripts.put(digits(phone), new ArrayDeque<>(List.of(answers)));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsFrom(String phone) {
        return calls.stream().filter(c -> digits(phone).equals(c.from())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Call call = new Call(exchange.getRequestHeaders().getFirst("X-Api-Key"), body.path("messageId").asText(),
                    body.path("from").asText(), body.path("text").asText(), body.path("pushName").asText(null));
            calls.add(call);
            Answer answer;
            if (!"POST".equals(exchange.getRequestMethod()) || !API_KEY.equals(call.apiKey())) {
                answer = new Answer(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"a valid X-Api-Key is required\"}");
            } else if (answered.containsKey(call.messageId())) {
                answer = answered.get(call.messageId());
            } else {
                Deque<Answer> script = scripts.get(call.from());
                Answer scripted = script == null ? null : script.poll();
                answer = scripted != null ? scripted
                        : Answer.replies("server-status", "+" + call.from(), "🟢 *Server ef39bc02* berjalan");
                if (answer.status() == 200) {
                    answered.put(call.messageId(), answer);
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
