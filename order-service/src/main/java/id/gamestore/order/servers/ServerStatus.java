package id.gamestore.order.servers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A server's live state as provisioning-service reports it ({@code GET /api/servers/{identifier}/status}). When
 * {@code available} is false only {@code identifier}, {@code reason} and {@code checkedAt} are set.
 *
 * @param state running, starting, stopping, offline, installing or suspended
 * @param reason why the state is unknown: PANEL_UNREACHABLE, PANEL_RATE_LIMITED, CLIENT_KEY_NOT_CONFIGURED, or (set
 *               here) PROVISIONING_UNREACHABLE, PROVISIONING_NOT_CONFIGURED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerStatus(String identifier, boolean available, String state, Double cpuPercent, Long memoryBytes,
        Long memoryLimitBytes, Long diskBytes, Long diskLimitBytes, Long uptimeSeconds, String address,
        String reason, String checkedAt) {

    public static final String PROVISIONING_UNREACHABLE = "PROVISIONING_UNREACHABLE";
    public static final String PROVISIONING_NOT_CONFIGURED = "PROVISIONING_NOT_CONFIGURED";

    public static ServerStatus unavailable(String identifier, String reason) {
        return new ServerStatus(identifier, false, null, null, null, null, null, null, null, null, reason, null);
    }
}
