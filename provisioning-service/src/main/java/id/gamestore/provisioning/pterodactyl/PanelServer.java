package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/** A panel server as far as provisioning needs it. {@code status} null means installed. */
public record PanelServer(long id, String externalId, String uuid, String identifier, String name, String status,
        long userId, long nodeId, long allocationId) {

    public boolean installed() {
        return status == null;
    }

    public boolean installFailed() {
        return "install_failed".equals(status) || "reinstall_failed".equals(status);
    }

    static PanelServer from(JsonNode item) {
        JsonNode a = item.path("attributes");
        return new PanelServer(a.path("id").asLong(), a.hasNonNull("external_id") ? a.get("external_id").asText() : null,
                a.path("uuid").asText(), a.path("identifier").asText(), a.path("name").asText(),
                a.hasNonNull("status") ? a.get("status").asText() : null, a.path("user").asLong(),
                a.path("node").asLong(), a.path("allocation").asLong());
    }
}
