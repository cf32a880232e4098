package id.gamestore.provisioning.pterodactyl;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A panel server as far as provisioning needs it. {@code status} null means installed. {@code allocations} are its
 * allocations when the panel was asked to include them (primary and additional), else empty.
 */
public record PanelServer(long id, String externalId, String uuid, String identifier, String name, String status,
        long userId, long nodeId, long allocationId, List<PanelAllocation> allocations) {

    public PanelServer {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    public boolean installed() {
        return status == null;
    }

    public boolean installFailed() {
        return "install_failed".equals(status) || "reinstall_failed".equals(status);
    }

    static PanelServer from(JsonNode item) {
        JsonNode a = item.path("attributes");
        List<PanelAllocation> allocations = new ArrayList<>();
        for (JsonNode alloc : a.path("relationships").path("allocations").path("data")) {
            allocations.add(PanelAllocation.from(alloc));
        }
        return new PanelServer(a.path("id").asLong(), a.hasNonNull("external_id") ? a.get("external_id").asText() : null,
                a.path("uuid").asText(), a.path("identifier").asText(), a.path("name").asText(),
                a.hasNonNull("status") ? a.get("status").asText() : null, a.path("user").asLong(),
                a.path("node").asLong(), a.path("allocation").asLong(), allocations);
    }
}
