package id.gamestore.provisioning.pterodactyl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Wings reports through {@code GET /api/client/servers/{identifier}/resources} ({@code object: stats}).
 *
 * @param currentState {@code offline}, {@code starting}, {@code running} or {@code stopping} (the panel answers
 *                     {@code stopped} when Wings said nothing)
 * @param uptimeMillis Wings reports milliseconds
 */
public record ServerResources(String currentState, boolean suspended, double cpuAbsolute, long memoryBytes,
        long diskBytes, long uptimeMillis) {

    static ServerResources from(JsonNode body) {
        JsonNode a = body.path("attributes");
        JsonNode r = a.path("resources");
        return new ServerResources(a.path("current_state").asText("stopped"), a.path("is_suspended").asBoolean(false),
                r.path("cpu_absolute").asDouble(0), r.path("memory_bytes").asLong(0), r.path("disk_bytes").asLong(0),
                r.path("uptime").asLong(0));
    }
}
