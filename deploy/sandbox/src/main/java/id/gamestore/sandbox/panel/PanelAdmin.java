package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.support.AdminCall;
import id.gamestore.sandbox.support.AdminRoutes;
import id.gamestore.sandbox.support.Exchanges;
import id.gamestore.sandbox.support.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code /__sandbox/*} on the panel port: no key, no rate limit, no faults, not recorded in the request log.
 * Every answer is a JSON object with 200; errors are {@code {"error":"..."}} with 400/404.
 */
final class PanelAdmin implements HttpHandler {
    private final PanelSandbox panel;
    private final AdminRoutes routes = new AdminRoutes();

    PanelAdmin(PanelSandbox panel) {
        this.panel = panel;
        AdminFaults faults = new AdminFaults(panel);
        AdminInventory inventory = new AdminInventory(panel);
        on("GET", "health", b -> Json.object().put("status", "UP"));
        on("POST", "reset", b -> {
            panel.reset();
            return Json.object().put("reset", true);
        });
        on("GET", "faults", b -> faults.list());
        on("POST", "faults", faults::add);
        on("DELETE", "faults", b -> {
            panel.faults().clear();
            return faults.list();
        });
        on("GET", "requests", b -> inventory.requests());
        on("DELETE", "requests", b -> {
            panel.clearRequests();
            return inventory.requests();
        });
        on("GET", "inventory", b -> inventory.inventory());
        on("POST", "password-check", inventory::passwordCheck);
        on("GET", "install", b -> install());
        on("POST", "install", this::setInstall);
        on("POST", "rate-limit", b -> {
            panel.setRateLimit(b.path("per_window").asInt(panel.rateLimit()), b.path("window_millis").asLong(60_000));
            return Json.object().put("per_window", panel.rateLimit());
        });
        routes.onId("POST", "/__sandbox/servers/(\\d+)/install", call -> reply(call, Json.object().put("completed",
                panel.completeInstall(Integer.parseInt(call.id()), call.body().path("success").asBoolean(true)))));
        routes.onId("POST", "/__sandbox/servers/([\\w-]+)/state", this::setState);
        routes.onId("DELETE", "/__sandbox/faults/([\\w-]+)", call -> reply(call,
                Json.object().put("removed", panel.faults().remove(call.id()))));
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getPath().replaceAll("/+$", "");
        AdminCall call = new AdminCall(ex, method, path, PanelAdmin::parse);
        try {
            call.body();
            if (!routes.dispatch(call)) {
                Exchanges.tree(ex, 404, error("no admin path " + method + " " + path));
            }
        } catch (IllegalArgumentException | JsonProcessingException e) {
            Exchanges.tree(ex, 400, error(e.getMessage()));
        }
    }

    private void on(String method, String name, Function<JsonNode, JsonNode> action) {
        routes.on(method, "/__sandbox/" + name, call -> reply(call, action.apply(call.body())));
    }

    private static void reply(AdminCall call, JsonNode out) throws IOException {
        Exchanges.tree(call.exchange(), 200, out);
    }

    /** {@code {"state": "running"}}: see {@link PanelSandbox#setServerState}. */
    private void setState(AdminCall call) throws IOException {
        String target = call.body().path("state").asText(null);
        var identifier = panel.setServerState(call.id(), target);
        if (identifier.isEmpty()) {
            Exchanges.tree(call.exchange(), 404, error("no server " + call.id()));
            return;
        }
        reply(call, Json.object().put("identifier", identifier.get()).put("state", target));
    }

    private static JsonNode parse(byte[] raw) throws IOException {
        JsonNode body = raw.length == 0 ? Json.object() : Json.MAPPER.readTree(raw);
        return body == null ? Json.object() : body;
    }

    private JsonNode install() {
        return Json.object().put("millis", panel.installMillis()).put("seconds", panel.installMillis() / 1000.0);
    }

    private JsonNode setInstall(JsonNode body) {
        if (body.has("millis")) {
            panel.setInstallMillis(body.get("millis").asLong());
        } else if (body.has("seconds")) {
            panel.setInstallMillis(Math.round(body.get("seconds").asDouble() * 1000));
        } else {
            throw new IllegalArgumentException("send {\"seconds\": n} or {\"millis\": n}");
        }
        return install();
    }

    private static JsonNode error(String message) {
        return Json.object().put("error", message);
    }
}
