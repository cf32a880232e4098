package id.gamestore.sandbox.whatsapp.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import id.gamestore.sandbox.whatsapp.http.Exchanges;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/** {@code /__sandbox/faults...}: reads and flips the fault switches; every change answers the new state. */
final class FaultsAdmin {
    private final Faults faults;

    FaultsAdmin(Faults faults) {
        this.faults = faults;
    }

    void handle(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        switch (method + " " + path) {
            case "GET faults" -> { }
            case "DELETE faults" -> faults.clear();
            case "POST faults/recipient" -> faults.recipient(AdminHandler.required(body, "phone"),
                    parse(RecipientOutcome.class, AdminHandler.required(body, "outcome")));
            case "POST faults/next" -> faults.failNext(body.path("count").asInt(1),
                    parse(FaultKind.class, AdminHandler.required(body, "kind")));
            case "POST faults/latency" -> faults.latency(Duration.ofMillis(body.path("ms").asLong(0)));
            case "POST faults/webhooks" -> {
                if (body.has("duplicate")) {
                    faults.duplicateWebhooks(body.get("duplicate").asBoolean());
                }
                if (body.has("reorder")) {
                    faults.reorderWebhooks(body.get("reorder").asBoolean());
                }
                if (body.has("wrongSignature")) {
                    faults.wrongSignature(body.get("wrongSignature").asBoolean());
                }
            }
            case "POST faults/waha-session" -> faults.wahaSessionStatus(AdminHandler.required(body, "status"));
            default -> {
                AdminErrors.send(exchange, 404, "NOT_FOUND", "No admin route " + method + " " + path);
                return;
            }
        }
        Exchanges.json(exchange, 200, faults.describe());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new AdminErrors.BadRequest("'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
