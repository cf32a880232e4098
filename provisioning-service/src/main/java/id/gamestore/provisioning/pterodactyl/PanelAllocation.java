package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/** An ip:port on a node; {@code alias} is what players connect to when set. */
public record PanelAllocation(long id, String ip, String alias, int port, boolean assigned) {

    public String publicAddress() {
        return alias == null || alias.isBlank() ? ip : alias;
    }

    static PanelAllocation from(JsonNode item) {
        JsonNode a = item.path("attributes");
        return new PanelAllocation(a.path("id").asLong(), a.path("ip").asText(),
                a.hasNonNull("alias") ? a.get("alias").asText() : null, a.path("port").asInt(),
                a.path("assigned").asBoolean());
    }
}
