package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/** A panel user; {@code serverCount} is -1 unless the servers were included. */
public record PanelUser(long id, String externalId, String username, String email, int serverCount) {

    static PanelUser from(JsonNode item) {
        JsonNode a = item.path("attributes");
        JsonNode servers = a.path("relationships").path("servers").path("data");
        return new PanelUser(a.path("id").asLong(), a.hasNonNull("external_id") ? a.get("external_id").asText() : null,
                a.path("username").asText(), a.path("email").asText(), servers.isArray() ? servers.size() : -1);
    }
}
