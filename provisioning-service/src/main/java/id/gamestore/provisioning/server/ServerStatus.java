package id.gamestore.provisioning.server;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.gamestore.provisioning.pterodactyl.ClientServer;
import id.gamestore.provisioning.pterodactyl.ServerResources;

/**
 * A server's live status as a customer may see it. Fields the panel could not tell are left out: usage while
 * installing, everything but {@code reason} when {@code available} is false, a limit that is unlimited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ServerStatus", description = "A server's live state and usage, or why it cannot be told right now")
public record ServerStatus(
        @Schema(example = "ef39bc02") String identifier,
        @Schema(description = "false: the panel could not be asked; see reason") boolean available,
        @Schema(description = "running, starting, stopping, offline, installing or suspended", example = "running")
        String state,
        @Schema(description = "CPU use in percent of one core", example = "3.5") Double cpuPercent,
        @Schema(example = "268435456") Long memoryBytes,
        @Schema(description = "absent when unlimited", example = "1073741824") Long memoryLimitBytes,
        @Schema(example = "52428800") Long diskBytes,
        @Schema(description = "absent when unlimited", example = "5368709120") Long diskLimitBytes,
        @Schema(example = "60") Long uptimeSeconds,
        @Schema(description = "where players connect", example = "203.0.113.10:25565") String address,
        @Schema(description = "only when available is false") UnavailableReason reason,
        @Schema(description = "when the panel was asked (a cached answer keeps its time)") Instant checkedAt) {

    private static final long MIB = 1024L * 1024L;

    static ServerStatus unavailable(String identifier, UnavailableReason reason) {
        return new ServerStatus(identifier, false, null, null, null, null, null, null, null, null, reason, now());
    }

    /** A state without usage (installing; suspended when the panel would not give usage). */
    static ServerStatus withoutUsage(String identifier, String state, ClientServer server) {
        return new ServerStatus(identifier, true, state, null, null, limit(server.memoryLimitMib()), null,
                limit(server.diskLimitMib()), null, server.address(), null, now());
    }

    static ServerStatus of(String identifier, String state, ClientServer server, ServerResources usage) {
        return new ServerStatus(identifier, true, state, usage.cpuAbsolute(), usage.memoryBytes(),
                limit(server.memoryLimitMib()), usage.diskBytes(), limit(server.diskLimitMib()),
                usage.uptimeMillis() / 1000, server.address(), null, now());
    }

    private static Long limit(long mib) {
        return mib <= 0 ? null : mib * MIB;
    }

    private static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
