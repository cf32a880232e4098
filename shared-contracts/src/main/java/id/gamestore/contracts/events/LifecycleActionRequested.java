package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * order-service asks for a lifecycle action on an order's server (on the {@code orders} exchange). provisioning-service
 * stores it, runs it as a leased, retried job and answers with {@link LifecycleActionCompleted} or
 * {@link LifecycleActionFailed}. A redelivered or republished request with the same {@code actionId} runs once.
 *
 * @param actionId    order-service's id of this action; a retried request keeps it
 * @param serverId    the panel's numeric server id
 * @param packageCode for {@link LifecycleAction#CHANGE_BUILD}: the package whose limits the server gets; otherwise the
 *                    order's current package (informative)
 * @param requestedBy {@code lifecycle} (the schedule) or {@code admin:<name>}
 * @param reason      why, for the timeline and the admin: {@code expired}, {@code renewed}, {@code upgrade}, ...
 */
public record LifecycleActionRequested(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String actionId,
        LifecycleAction action,
        Customer customer,
        long serverId,
        String serverIdentifier,
        String packageCode,
        String requestedBy,
        String reason) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static LifecycleActionRequested of(String orderId, String correlationId, String actionId,
            LifecycleAction action, Customer customer, long serverId, String serverIdentifier, String packageCode,
            String requestedBy, String reason) {
        return new LifecycleActionRequested(UUID.randomUUID(), EventTypes.LIFECYCLE_ACTION_REQUESTED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, actionId, action, customer, serverId, serverIdentifier,
                packageCode, requestedBy, reason);
    }
}
