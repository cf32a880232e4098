package id.gamestore.provisioning.pterodactyl;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server's build as {@code GET servers/{id}} shows it (limits, feature limits, node, primary allocation), and the
 * body of {@code PATCH servers/{id}/build} that sets it: the current primary allocation, the full {@code limits}
 * object (each field is required when it is sent) and {@code feature_limits} with databases, backups AND allocations
 * (an omitted allocations limit is set to null by the panel).
 */
public record ServerBuild(long id, String externalId, long userId, long nodeId, long allocationId, String status,
        long memory, long swap, long disk, long io, long cpu, String threads, Boolean oomDisabled, Integer databases,
        Integer allocations, Integer backups) {

    /** The same server with other limits; threads and the OOM killer setting are kept as they are. */
    public ServerBuild withLimits(long memory, long swap, long disk, long io, long cpu, Integer databases,
            Integer allocations, Integer backups) {
        return new ServerBuild(id, externalId, userId, nodeId, allocationId, status, memory, swap, disk, io, cpu,
                threads, oomDisabled, databases, allocations, backups);
    }

    Map<String, Object> body() {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("memory", memory);
        limits.put("swap", swap);
        limits.put("disk", disk);
        limits.put("io", io);
        limits.put("cpu", cpu);
        limits.put("threads", threads);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("databases", databases == null ? 0 : databases);
        features.put("allocations", allocations == null ? 0 : allocations);
        features.put("backups", backups == null ? 0 : backups);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocation", allocationId);
        body.put("limits", limits);
        body.put("feature_limits", features);
        if (oomDisabled != null) {
            body.put("oom_disabled", oomDisabled);
        }
        return body;
    }

    static ServerBuild from(JsonNode item) {
        JsonNode a = item.path("attributes");
        JsonNode l = a.path("limits");
        JsonNode f = a.path("feature_limits");
        return new ServerBuild(a.path("id").asLong(), a.hasNonNull("external_id") ? a.get("external_id").asText() : null,
                a.path("user").asLong(), a.path("node").asLong(), a.path("allocation").asLong(),
                a.hasNonNull("status") ? a.get("status").asText() : null, l.path("memory").asLong(),
                l.path("swap").asLong(), l.path("disk").asLong(), l.path("io").asLong(), l.path("cpu").asLong(),
                l.hasNonNull("threads") ? l.get("threads").asText() : null,
                l.hasNonNull("oom_disabled") ? l.get("oom_disabled").asBoolean() : null, integer(f, "databases"),
                integer(f, "allocations"), integer(f, "backups"));
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
