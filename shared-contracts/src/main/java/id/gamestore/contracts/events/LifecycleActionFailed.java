package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A lifecycle action could not be done (on the {@code provisioning} exchange); the server is as it was.
 *
 * @param reason {@code NO_CAPACITY} (a build change does not fit the server's node), {@code SERVER_MISSING} (the
 *               server is gone from the panel; never for TERMINATE, where gone means done), {@code PANEL_REJECTED}
 *               (the panel refused the call), {@code PANEL_UNAVAILABLE} (transient errors outlasted the retries),
 *               {@code UNKNOWN_PACKAGE} (no resource mapping for the package of a build change)
 * @param adminDetail what happened, for the admin (no secret)
 */
public record LifecycleActionFailed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String actionId,
        LifecycleAction action,
        long serverId,
        String reason,
        String adminDetail) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static LifecycleActionFailed of(String orderId, String correlationId, String actionId,
            LifecycleAction action, long serverId, String reason, String adminDetail) {
        return new LifecycleActionFailed(UUID.randomUUID(), EventTypes.LIFECYCLE_ACTION_FAILED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, actionId, action, serverId, reason, adminDetail);
    }
}
