package id.gamestore.provisioning.pterodactyl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /servers} with explicit allocations: {@code allocation.default} (the primary) and
 * {@code allocation.additional} (the others, all on the primary's node; the panel assigns them to the server and
 * refuses one already assigned with 422 {@code exists}). Every field the panel requires or wants "present" is always
 * sent (docker_image, startup, environment with every egg variable, feature_limits.databases/backups), and
 * external_id travels as a JSON string. {@code startOnCompletion}: the panel hands it to Wings with the create, and
 * Wings starts the server once its install succeeds (nothing starts after a failed install).
 */
public record NewServer(String externalId, String name, String description, long userId, long eggId,
        String dockerImage, String startup, Map<String, String> environment, Limits limits, long allocationId,
        List<Long> additionalAllocations, boolean startOnCompletion) {

    public NewServer {
        additionalAllocations = additionalAllocations == null ? List.of() : List.copyOf(additionalAllocations);
    }

    /** Resource limits (MiB, percent of a core). */
    public record Limits(int memory, int swap, int disk, int io, int cpu, Integer databases, Integer allocations,
            Integer backups) {
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("external_id", externalId);
        body.put("name", name);
        body.put("description", description);
        body.put("user", userId);
        body.put("egg", eggId);
        body.put("docker_image", dockerImage);
        body.put("startup", startup);
        body.put("environment", environment);
        Map<String, Object> limitsBody = new LinkedHashMap<>();
        limitsBody.put("memory", limits.memory());
        limitsBody.put("swap", limits.swap());
        limitsBody.put("disk", limits.disk());
        limitsBody.put("io", limits.io());
        limitsBody.put("cpu", limits.cpu());
        body.put("limits", limitsBody);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("databases", limits.databases() == null ? 0 : limits.databases());
        features.put("allocations", limits.allocations() == null ? 0 : limits.allocations());
        features.put("backups", limits.backups() == null ? 0 : limits.backups());
        body.put("feature_limits", features);
        body.put("allocation", additionalAllocations.isEmpty() ? Map.of("default", allocationId)
                : Map.of("default", allocationId, "additional", additionalAllocations));
        body.put("start_on_completion", startOnCompletion);
        return body;
    }
}
