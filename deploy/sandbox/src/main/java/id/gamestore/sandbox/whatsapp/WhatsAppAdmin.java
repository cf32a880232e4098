package id.gamestore.sandbox.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.support.AdminCall;
import id.gamestore.sandbox.support.AdminRoutes;
import id.gamestore.sandbox.support.Exchanges;
import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.webhook.WebhookVerification;
import java.io.IOException;
import java.util.Map;

/**
 * Inspection and control under {@code /__sandbox/} (alias {@code /__sim/}): messages, webhook attempts, reset,
 * inbound simulation, windows, webhook URLs and templates. Fault switches are in {@link FaultsAdmin}.
 * Errors answer {@code {"error": {"code", "message"}}}.
 */
final class WhatsAppAdmin implements HttpHandler {
    private final WhatsAppSandbox sandbox;
    private final AdminRoutes routes = new AdminRoutes();

    WhatsAppAdmin(WhatsAppSandbox sandbox) {
        this.sandbox = sandbox;
        routes.on("GET", "messages", call -> {
            String to = Exchanges.queryLast(call.exchange()).get("to");
            json(call, Map.of("messages", to == null ? sandbox.messages() : sandbox.messagesTo(to)));
        });
        routes.on("GET", "webhooks", call -> json(call, Map.of("attempts", sandbox.webhookAttempts())));
        routes.on("POST", "reset", call -> done(call, sandbox::reset));
        routes.on("POST", "inbound", this::inbound);
        routes.on("POST", "window", call -> {
            sandbox.openWindow(call.required("phone"));
            done(call, () -> { });
        });
        routes.on("GET", "webhook", call -> json(call, Json.obj("url", sandbox.webhookUrl(),
                "wahaUrl", sandbox.wahaWebhookUrl())));
        routes.on("PUT", "webhook", this::setWebhook);
        routes.on("PUT", "waha/webhook", call -> {
            sandbox.setWahaWebhookUrl(call.body().path("url").asText(null));
            done(call, () -> { });
        });
        routes.on("GET", "templates", call -> json(call, Map.of("templates", sandbox.templates())));
        routes.on("POST", "templates", call -> {
            sandbox.registerTemplate(call.required("name"), call.required("language"),
                    call.body().path("parameters").asInt(-1));
            done(call, () -> { });
        });
        new FaultsAdmin(sandbox.faults()).register(routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/__(sandbox|sim)/", "").replaceAll("/+$", "");
        AdminCall call = new AdminCall(exchange, exchange.getRequestMethod(), path, WhatsAppAdmin::parse);
        try {
            if (path.startsWith("faults")) {
                call.body();
            }
            if (!routes.dispatch(call)) {
                error(exchange, 404, "NOT_FOUND", "No admin route " + call.route());
            }
        } catch (AdminCall.BadRequest e) {
            error(exchange, 400, "BAD_REQUEST", e.getMessage());
        }
    }

    private void setWebhook(AdminCall call) throws IOException {
        JsonNode b = call.body();
        String url = b.path("url").asText(null);
        if (!b.path("verify").asBoolean(false)) {
            sandbox.setWebhookUrl(url);
            done(call, () -> { });
            return;
        }
        WebhookVerification result = sandbox.verifyAndSetWebhookUrl(url);
        Exchanges.json(call.exchange(), result.verified() ? 200 : 400, result.verified() ? result
                : Json.obj("error", Json.obj("code", "WEBHOOK_VERIFICATION_FAILED", "message", result.detail(),
                        "httpStatus", result.httpStatus())));
    }

    private void inbound(AdminCall call) throws IOException {
        String from = call.required("from");
        String text = call.required("text");
        String id = sandbox.simulateInbound(from, call.body().path("name").asText("Customer"), text);
        json(call, Json.obj("id", id, "from", from));
    }

    static void json(AdminCall call, Object value) throws IOException {
        Exchanges.json(call.exchange(), 200, value);
    }

    private static void done(AdminCall call, Runnable action) throws IOException {
        action.run();
        Exchanges.empty(call.exchange(), 204);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        Exchanges.json(exchange, status, Json.obj("error", Json.obj("code", code, "message", message)));
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode node = Json.parseOrNull(bytes);
        if (node == null || !node.isObject()) {
            throw new AdminCall.BadRequest("the body must be a JSON object");
        }
        return node;
    }
}
