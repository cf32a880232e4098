package id.gamestore.order.tracking.messaging;

import java.nio.charset.StandardCharsets;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventJson.UnreadableEventException;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ProvisioningStarted;

/**
 * Decodes a message of the provisioning exchange ({@code provisioning.*}, and the {@code credentials.reset} /
 * {@code credentials.reset-failed} answers to password resets); anything that can never be processed is an
 * {@link UnreadableEventException}.
 */
public final class ProvisioningEvents {
    private static final int MAX_ORDER_ID = 64;
    private ProvisioningEvents() {
    }

    public static DomainEvent decode(String routingKey, byte[] body) {
        if (routingKey == null || !routingKey.startsWith("provisioning.") && !routingKey.startsWith("credentials.")
                && !routingKey.startsWith("lifecycle.")) {
            throw new UnreadableEventException("not a provisioning, credentials or lifecycle event: routing key '" + routingKey
                    + "'", null);
        }
        if (body == null || body.length == 0) {
            throw new UnreadableEventException("empty message", null);
        }
        DomainEvent event = EventJson.read(routingKey, new String(body, StandardCharsets.UTF_8));
        if (event.schemaVersion() != expectedVersion(event)) {
            throw new UnreadableEventException("unsupported schemaVersion " + event.schemaVersion() + " of "
                    + routingKey, null);
        }
        if (event.eventId() == null || event.orderId() == null || event.orderId().length() > MAX_ORDER_ID
                || !routingKey.equals(event.type())) {
            throw new UnreadableEventException("event without eventId/orderId or with type '" + event.type()
                    + "' on routing key '" + routingKey + "'", null);
        }
        return event;
    }

    private static int expectedVersion(DomainEvent event) {
        return switch (event.type() == null ? "" : event.type()) {
            case EventTypes.PROVISIONING_STARTED -> ProvisioningStarted.SCHEMA_VERSION;
            case EventTypes.PROVISIONING_PROGRESS -> ProvisioningProgress.SCHEMA_VERSION;
            case EventTypes.PROVISIONING_COMPLETED -> ProvisioningCompleted.SCHEMA_VERSION;
            case EventTypes.PROVISIONING_FAILED -> ProvisioningFailed.SCHEMA_VERSION;
            case EventTypes.CREDENTIALS_RESET -> CredentialsReset.SCHEMA_VERSION;
            case EventTypes.CREDENTIALS_RESET_FAILED -> CredentialsResetFailed.SCHEMA_VERSION;
            case EventTypes.LIFECYCLE_ACTION_COMPLETED -> LifecycleActionCompleted.SCHEMA_VERSION;
            case EventTypes.LIFECYCLE_ACTION_FAILED -> LifecycleActionFailed.SCHEMA_VERSION;
            // lifecycle.action-requested and lifecycle.notice are ours (orders exchange)
            // credentials.reset-requested is ours (orders exchange): on this queue it can never be processed
            default -> -1;
        };
    }
}
