package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server as the client API's server view ({@code GET /api/client/servers/{identifier}}) shows it. The panel answers
 * this view in every state (installing, suspended, ...), so it says why other client calls would be refused.
 *
 * @param status           the panel's status: null (installed, normal), {@code installing}, {@code install_failed},
 *                         {@code reinstall_failed}, {@code suspended}, {@code restoring_backup}
 * @param installing       not installed yet (the panel's {@code is_installing}: installing or install failed)
 * @param memoryLimitMib   0 = unlimited
 * @param diskLimitMib     0 = unlimited
 * @param address          the default allocation as {@code ip_alias or ip:port}; null when the panel shows none
 */
public record ClientServer(String identifier, String status, boolean suspended, boolean installing,
        long memoryLimitMib, long diskLimitMib, String address) {

    static ClientServer from(JsonNode body) {
        JsonNode a = body.path("attributes");
        String status = a.hasNonNull("status") ? a.get("status").asText() : null;
        return new ClientServer(a.path("identifier").asText(), status,
                "suspended".equals(status) || a.path("is_suspended").asBoolean(false),
                a.path("is_installing").asBoolean("installing".equals(status) || "install_failed".equals(status)),
                a.path("limits").path("memory").asLong(0), a.path("limits").path("disk").asLong(0),
                addressOf(a.path("relationships").path("allocations").path("data")));
    }

    private static String addressOf(JsonNode allocations) {
        JsonNode chosen = null;
        for (JsonNode item : allocations) {
            JsonNode at = item.path("attributes");
            if (chosen == null || at.path("is_default").asBoolean(false)) {
                chosen = at;
            }
        }
        if (chosen == null || !chosen.hasNonNull("port")) {
            return null;
        }
        String host = chosen.hasNonNull("ip_alias") && !chosen.get("ip_alias").asText().isBlank()
                ? chosen.get("ip_alias").asText() : chosen.path("ip").asText();
        return host + ":" + chosen.get("port").asInt();
    }
}
