package id.gamestore.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * One call to a face's {@code /__sandbox/} admin path: its route ({@code "METHOD path"}), the id a pattern route
 * captured, and its body, parsed on first use by the face's own rule.
 */
public final class AdminCall {
    /** How a face turns the raw body into JSON; it may throw to reject the body. */
    @FunctionalInterface
    public interface BodyParser {
        JsonNode parse(byte[] raw) throws IOException;
    }

    private final HttpExchange exchange;
    private final String route;
    private final BodyParser parser;
    private final String id;
    private JsonNode body;

    public AdminCall(HttpExchange exchange, String method, String path, BodyParser parser) {
        this(exchange, method + " " + path, parser, null);
    }

    private AdminCall(HttpExchange exchange, String route, BodyParser parser, String id) {
        this.exchange = exchange;
        this.route = route;
        this.parser = parser;
        this.id = id;
    }

    AdminCall withId(String captured) {
        AdminCall call = new AdminCall(exchange, route, parser, captured);
        call.body = body;
        return call;
    }

    public HttpExchange exchange() {
        return exchange;
    }

    public String route() {
        return route;
    }

    /** What the pattern route captured, e.g. the server id of {@code /__sandbox/servers/{id}/install}. */
    public String id() {
        return id;
    }

    public JsonNode body() throws IOException {
        if (body == null) {
            body = parser.parse(Exchanges.body(exchange));
        }
        return body;
    }

    /** A non-blank text field of the body, or a 400 naming the field. */
    public String required(String field) throws IOException {
        String value = body().path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new BadRequest("field '" + field + "' is required");
        }
        return value;
    }

    /** An admin request the face answers with 400 and this message. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
