package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.support.Json;

/** {@code /__sandbox/requests}, {@code /__sandbox/inventory} and {@code /__sandbox/password-check}. */
final class AdminInventory {
    private final PanelSandbox panel;

    AdminInventory(PanelSandbox panel) {
        this.panel = panel;
    }

    JsonNode requests() {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("requests");
        for (RequestLog.Entry e : panel.requests()) {
            ObjectNode n = list.addObject();
            n.put("method", e.method());
            n.put("path", e.path());
            n.put("status", e.status());
            n.put("key_owner", e.keyOwner());
            n.put("at", e.at().toString());
            n.put("dropped", e.dropped());
            if (e.subject() != null) {
                n.put("subject", e.subject());
            }
        }
        out.put("total", list.size());
        out.set("counts", Json.MAPPER.valueToTree(panel.requestCounts()));
        return out;
    }

    JsonNode inventory() {
        PanelInventory inv = panel.inventory();
        ObjectNode out = Json.object();
        out.set("users", Json.MAPPER.valueToTree(inv.users()));
        out.set("servers", Json.MAPPER.valueToTree(inv.servers()));
        out.set("allocations_in_use", Json.MAPPER.valueToTree(inv.allocationsInUse()));
        ObjectNode counts = out.putObject("counts");
        counts.put("users", inv.userCount());
        counts.put("servers", inv.serverCount());
        counts.put("allocations_in_use", inv.allocationsInUse().size());
        counts.put("allocations", inv.allocations().size());
        return out;
    }

    JsonNode passwordCheck(JsonNode body) {
        String login = body.path("login").asText(body.path("username").asText(body.path("email").asText("")));
        boolean valid = panel.checkPassword(login, body.path("password").asText(null));
        return Json.object().put("valid", valid);
    }
}
