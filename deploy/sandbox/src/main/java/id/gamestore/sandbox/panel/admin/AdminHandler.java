package id.gamestore.sandbox.panel.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.panel.http.Exchanges;
import id.gamestore.sandbox.panel.http.Json;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /__sandbox/*} on the panel port: no key, no rate limit, no faults, not recorded in the request log.
 * Errors are {@code {"error":"..."}} with 400/404.
 */
public final class AdminHandler implements HttpHandler {
    private static final Pattern INSTALL = Pattern.compile("/__sandbox/servers/(\\d+)/install");
    private static final Pattern FAULT = Pattern.compile("/__sandbox/faults/([\\w-]+)");
    private final PanelSandbox panel;
    private final AdminFaults faults;
    private final AdminInventory inventory;

    public AdminHandler(PanelSandbox panel) {
        this.panel = panel;
        this.faults = new AdminFaults(panel);
        this.inventory = new AdminInventory(panel);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String path = ex.getRequestURI().getPath().replaceAll("/+$", "");
        try {
            byte[] raw = Exchanges.readBody(ex);
            JsonNode body = raw.length == 0 ? Json.object() : Json.MAPPER.readTree(raw);
            JsonNode out = route(method, path, body == null ? Json.object() : body);
            if (out == null) {
                Exchanges.send(ex, 404, error("no admin path " + method + " " + path));
            } else {
                Exchanges.send(ex, 200, out);
            }
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            Exchanges.send(ex, 400, error(e.getMessage()));
        }
    }

    private JsonNode route(String method, String path, JsonNode body) {
        String key = method + " " + path;
        switch (key) {
            case "GET /__sandbox/health":
                return Json.object().put("status", "UP");
            case "POST /__sandbox/reset":
                panel.reset();
                return Json.object().put("reset", true);
            case "GET /__sandbox/faults":
                return faults.list();
            case "POST /__sandbox/faults":
                return faults.add(body);
            case "DELETE /__sandbox/faults":
                panel.faults().clear();
                return faults.list();
            case "GET /__sandbox/requests":
                return inventory.requests();
            case "DELETE /__sandbox/requests":
                panel.clearRequests();
                return inventory.requests();
            case "GET /__sandbox/inventory":
                return inventory.inventory();
            case "POST /__sandbox/password-check":
                return inventory.passwordCheck(body);
            case "GET /__sandbox/install":
                return install();
            case "POST /__sandbox/install":
                return setInstall(body);
            case "POST /__sandbox/rate-limit":
                panel.setRateLimit(body.path("per_window").asInt(panel.rateLimit()),
                        body.path("window_millis").asLong(60_000));
                return Json.object().put("per_window", panel.rateLimit());
            default:
                return pathWithId(method, path, body);
        }
    }

    private JsonNode pathWithId(String method, String path, JsonNode body) {
        Matcher install = INSTALL.matcher(path);
        if (method.equals("POST") && install.matches()) {
            boolean done = panel.completeInstall(Integer.parseInt(install.group(1)), body.path("success").asBoolean(true));
            return Json.object().put("completed", done);
        }
        Matcher fault = FAULT.matcher(path);
        if (method.equals("DELETE") && fault.matches()) {
            return Json.object().put("removed", panel.faults().remove(fault.group(1)));
        }
        return null;
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

    static ObjectNode error(String message) {
        return Json.object().put("error", message);
    }
}
