package id.gamestore.sandbox.whatsapp.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.whatsapp.WebhookVerification;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import id.gamestore.sandbox.whatsapp.http.Exchanges;
import id.gamestore.sandbox.whatsapp.http.Json;
import java.io.IOException;
import java.util.Map;

/**
 * Inspection and control under {@code /__sandbox/} (alias {@code /__sim/}): messages, webhook attempts, reset,
 * inbound simulation, windows, webhook URLs and templates. Fault switches are in {@link FaultsAdmin}.
 * Errors answer {@code {"error": {"code", "message"}}}.
 */
public final class AdminHandler implements HttpHandler {
    private final WhatsAppSandbox sandbox;
    private final FaultsAdmin faults;

    public AdminHandler(WhatsAppSandbox sandbox) {
        this.sandbox = sandbox;
        this.faults = new FaultsAdmin(sandbox.faults());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/__(sandbox|sim)/", "").replaceAll("/+$", "");
        String route = exchange.getRequestMethod() + " " + path;
        try {
            if (path.startsWith("faults")) {
                faults.handle(exchange, exchange.getRequestMethod(), path, body(exchange));
                return;
            }
            switch (route) {
                case "GET messages" -> {
                    String to = Exchanges.query(exchange).get("to");
                    Exchanges.json(exchange, 200, Map.of("messages",
                            to == null ? sandbox.messages() : sandbox.messagesTo(to)));
                }
                case "GET webhooks" -> Exchanges.json(exchange, 200, Map.of("attempts", sandbox.webhookAttempts()));
                case "POST reset" -> {
                    sandbox.reset();
                    Exchanges.empty(exchange, 204);
                }
                case "POST inbound" -> inbound(exchange, body(exchange));
                case "POST window" -> {
                    sandbox.openWindow(required(body(exchange), "phone"));
                    Exchanges.empty(exchange, 204);
                }
                case "GET webhook" -> Exchanges.json(exchange, 200, Json.obj("url", sandbox.webhookUrl(),
                        "wahaUrl", sandbox.wahaWebhookUrl()));
                case "PUT webhook" -> setWebhook(exchange, body(exchange));
                case "PUT waha/webhook" -> {
                    sandbox.setWahaWebhookUrl(body(exchange).path("url").asText(null));
                    Exchanges.empty(exchange, 204);
                }
                case "GET templates" -> Exchanges.json(exchange, 200, Map.of("templates", sandbox.templates()));
                case "POST templates" -> {
                    JsonNode b = body(exchange);
                    sandbox.registerTemplate(required(b, "name"), required(b, "language"),
                            b.path("parameters").asInt(-1));
                    Exchanges.empty(exchange, 204);
                }
                default -> AdminErrors.send(exchange, 404, "NOT_FOUND", "No admin route " + route);
            }
        } catch (AdminErrors.BadRequest e) {
            AdminErrors.send(exchange, 400, "BAD_REQUEST", e.getMessage());
        }
    }

    private void setWebhook(HttpExchange exchange, JsonNode b) throws IOException {
        String url = b.path("url").asText(null);
        if (!b.path("verify").asBoolean(false)) {
            sandbox.setWebhookUrl(url);
            Exchanges.empty(exchange, 204);
            return;
        }
        WebhookVerification result = sandbox.verifyAndSetWebhookUrl(url);
        Exchanges.json(exchange, result.verified() ? 200 : 400, result.verified() ? result
                : Json.obj("error", Json.obj("code", "WEBHOOK_VERIFICATION_FAILED", "message", result.detail(),
                        "httpStatus", result.httpStatus())));
    }

    private void inbound(HttpExchange exchange, JsonNode b) throws IOException {
        String from = required(b, "from");
        String text = required(b, "text");
        String id = sandbox.simulateInbound(from, b.path("name").asText("Customer"), text);
        Exchanges.json(exchange, 200, Json.obj("id", id, "from", from));
    }

    static String required(JsonNode body, String field) {
        String value = body.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new AdminErrors.BadRequest("field '" + field + "' is required");
        }
        return value;
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = Exchanges.body(exchange);
        if (bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode node = Json.parseOrNull(bytes);
        if (node == null || !node.isObject()) {
            throw new AdminErrors.BadRequest("the body must be a JSON object");
        }
        return node;
    }
}
