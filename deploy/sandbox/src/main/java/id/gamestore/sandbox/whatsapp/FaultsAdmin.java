package id.gamestore.sandbox.whatsapp;

import id.gamestore.sandbox.support.AdminCall;
import id.gamestore.sandbox.support.AdminRoutes;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import java.time.Duration;
import java.util.Arrays;

/** {@code /__sandbox/faults...}: reads and flips the fault switches; every change answers the new state. */
final class FaultsAdmin {
    private final Faults faults;

    FaultsAdmin(Faults faults) {
        this.faults = faults;
    }

    void register(AdminRoutes routes) {
        on(routes, "GET", "faults", call -> { });
        on(routes, "DELETE", "faults", call -> faults.clear());
        on(routes, "POST", "faults/recipient", call -> faults.recipient(call.required("phone"),
                parse(RecipientOutcome.class, call.required("outcome"))));
        on(routes, "POST", "faults/next", call -> faults.failNext(call.body().path("count").asInt(1),
                parse(FaultKind.class, call.required("kind"))));
        on(routes, "POST", "faults/latency", call -> faults.latency(Duration.ofMillis(call.body().path("ms").asLong(0))));
        on(routes, "POST", "faults/webhooks", call -> {
            if (call.body().has("duplicate")) {
                faults.duplicateWebhooks(call.body().get("duplicate").asBoolean());
            }
            if (call.body().has("reorder")) {
                faults.reorderWebhooks(call.body().get("reorder").asBoolean());
            }
            if (call.body().has("wrongSignature")) {
                faults.wrongSignature(call.body().get("wrongSignature").asBoolean());
            }
        });
        on(routes, "POST", "faults/waha-session", call -> faults.wahaSessionStatus(call.required("status")));
    }

    private void on(AdminRoutes routes, String method, String path, AdminRoutes.Action change) {
        routes.on(method, path, call -> {
            change.run(call);
            WhatsAppAdmin.json(call, faults.describe());
        });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new AdminCall.BadRequest("'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
