package id.gamestore.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing JSON, text or empty answers on the JDK HTTP server, for both faces. */
public final class Exchanges {
    /** The panel's JSON content type. */
    public static final String JSON = "application/json";
    /** The WhatsApp faces' JSON content type. */
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private Exchanges() {
    }

    public static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    /** Every query parameter with all its values, in order. */
    public static Map<String, List<String>> query(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /** Query parameters with their last value. */
    public static Map<String, String> queryLast(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        query(exchange).forEach((k, v) -> params.put(k, v.get(v.size() - 1)));
        return params;
    }

    public static boolean isJson(HttpExchange ex) {
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        return ct != null && (ct.toLowerCase(Locale.ROOT).contains("/json") || ct.toLowerCase(Locale.ROOT).contains("+json"));
    }

    /** True when the first accepted type mentions /json or +json (what makes the panel answer errors in JSON). */
    public static boolean wantsJson(HttpExchange ex) {
        String accept = ex.getRequestHeaders().getFirst("Accept");
        if (accept == null) {
            return false;
        }
        String first = accept.split(",")[0].toLowerCase(Locale.ROOT);
        return first.contains("/json") || first.contains("+json");
    }

    /** A JSON tree with nulls kept ({@link #JSON}); a null tree answers with no body. */
    public static void tree(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            empty(exchange, status);
            return;
        }
        send(exchange, status, JSON, Json.MAPPER.writeValueAsBytes(body));
    }

    /** A value with null fields left out ({@link #JSON_UTF8}). */
    public static void json(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, JSON_UTF8, Json.bytes(value));
    }

    public static void text(HttpExchange exchange, int status, String text) throws IOException {
        text(exchange, status, "text/plain; charset=UTF-8", text);
    }

    public static void text(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        send(exchange, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Closes the connection without any answer: the client sees a reset or an empty reply. */
    public static void dropConnection(HttpExchange exchange) {
        exchange.close();
    }
}
