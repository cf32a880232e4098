package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.faults.FaultKind;
import id.gamestore.sandbox.support.Json;

/** {@code /__sandbox/faults}: JSON in, {@link Fault} out. A body may be one fault object or an array of them. */
final class AdminFaults {
    private final PanelSandbox panel;

    AdminFaults(PanelSandbox panel) {
        this.panel = panel;
    }

    JsonNode list() {
        ObjectNode out = Json.object();
        out.set("faults", Json.MAPPER.valueToTree(panel.faults().describe()));
        return out;
    }

    JsonNode add(JsonNode body) {
        ArrayNode ids = Json.array();
        if (body.isArray()) {
            body.forEach(f -> ids.add(panel.faults().add(parse(f))));
        } else {
            ids.add(panel.faults().add(parse(body)));
        }
        ObjectNode out = (ObjectNode) list();
        out.set("added", ids);
        return out;
    }

    static Fault parse(JsonNode f) {
        FaultKind kind = FaultKind.fromJson(f.path("kind").asText(null));
        Integer times = f.hasNonNull("times") ? f.get("times").asInt() : null;
        long millis = f.path("millis").asLong(0);
        if (millis == 0 && f.has("seconds")) {
            millis = Math.round(f.get("seconds").asDouble() * 1000);
        }
        return new Fault(kind, f.path("method").asText("*"), f.path("path").asText("*"), times,
                f.path("rate").asDouble(1.0), millis, f.path("status").asInt(0));
    }
}
