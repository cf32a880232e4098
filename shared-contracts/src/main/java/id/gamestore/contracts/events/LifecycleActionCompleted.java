package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A lifecycle action is done on the panel (on the {@code provisioning} exchange).
 *
 * @param userDeleted for {@link LifecycleAction#TERMINATE}: the customer's panel user was deleted too (it owned
 *                    nothing else); false otherwise
 * @param limits      for {@link LifecycleAction#CHANGE_BUILD}: the server's limits now; null otherwise
 * @param detail      what was done, for the timeline (no secret)
 */
public record LifecycleActionCompleted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String actionId,
        LifecycleAction action,
        long serverId,
        boolean userDeleted,
        BuildLimits limits,
        String detail) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A server's limits after a build change: MiB, percent of one core, MiB. */
    public record BuildLimits(String packageCode, int memory, int cpu, int disk) {
    }

    public static LifecycleActionCompleted of(String orderId, String correlationId, String actionId,
            LifecycleAction action, long serverId, boolean userDeleted, BuildLimits limits, String detail) {
        return new LifecycleActionCompleted(UUID.randomUUID(), EventTypes.LIFECYCLE_ACTION_COMPLETED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, actionId, action, serverId, userDeleted, limits, detail);
    }
}
