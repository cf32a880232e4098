package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer (through the bot's {@code !reset-password}) or an admin asked for a new panel password for a
 * provisioned order. Published by order-service on the {@code orders} exchange; provisioning-service sets a new
 * password on the panel and answers with {@link CredentialsReset} or {@link CredentialsResetFailed}.
 *
 * @param requestId   order-service's id of this request; a retried request keeps it
 * @param requestedBy {@code customer} or {@code admin:<name>}
 */
public record CredentialsResetRequested(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String requestId,
        Customer customer,
        String requestedBy) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static CredentialsResetRequested of(String orderId, String correlationId, String requestId,
            Customer customer, String requestedBy) {
        return new CredentialsResetRequested(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET_REQUESTED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, requestId, customer, requestedBy);
    }
}
