package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A panel user; {@code rootAdmin} users are never adopted, changed or deleted by this product. {@code serverCount}
 * is -1 unless the servers were included. First and last name are kept because
 * the panel's PATCH requires them again on every update.
 */
public record PanelUser(long id, String externalId, String username, String email, String firstName,
        String lastName, boolean rootAdmin, int serverCount) {

    /**
     * Whether this product may delete the user: the servers were counted and there are none, it is no root admin, and
     * it carries {@code ownExternalId} (a user this product created for that customer). Compensation and termination
     * both decide with it.
     */
    public boolean deletableAs(String ownExternalId) {
        return serverCount == 0 && !rootAdmin && ownExternalId.equals(externalId);
    }

    static PanelUser from(JsonNode item) {
        JsonNode a = item.path("attributes");
        JsonNode servers = a.path("relationships").path("servers").path("data");
        return new PanelUser(a.path("id").asLong(), a.hasNonNull("external_id") ? a.get("external_id").asText() : null,
                a.path("username").asText(), a.path("email").asText(), a.path("first_name").asText(),
                a.path("last_name").asText(), a.path("root_admin").asBoolean(false), servers.isArray() ? servers.size() : -1);
    }
}
