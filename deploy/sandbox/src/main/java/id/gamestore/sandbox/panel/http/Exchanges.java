package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Low-level helpers over the JDK exchange: query parsing, body reading and normalising, writing JSON. */
public final class Exchanges {
    private Exchanges() {
    }

    public static Map<String, List<String>> query(HttpExchange ex) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
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

    public static byte[] readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return in.readAllBytes();
        }
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

    /** Parses a JSON body; malformed -> 400 BadRequestHttpException as the panel words it. */
    public static JsonNode parseJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return normalise(Json.MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("BadRequestHttpException",
                    "The JSON data passed in the request appears to be malformed: Syntax error");
        } catch (IOException e) {
            throw ApiException.badRequest("BadRequestHttpException",
                    "The JSON data passed in the request appears to be malformed: Syntax error");
        }
    }

    /** Laravel's TrimStrings + ConvertEmptyStringsToNull, recursively. */
    public static JsonNode normalise(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            List<String> keys = new ArrayList<>();
            it.forEachRemaining(e -> keys.add(e.getKey()));
            keys.forEach(k -> obj.set(k, normalise(obj.get(k))));
            return obj;
        }
        if (node.isArray()) {
            ArrayNode arr = (ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, normalise(arr.get(i)));
            }
            return arr;
        }
        if (node.isTextual()) {
            String t = node.asText().strip();
            return t.isEmpty() ? Json.MAPPER.nullNode() : Json.MAPPER.getNodeFactory().textNode(t);
        }
        return node;
    }

    public static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void sendText(HttpExchange ex, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
