package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A password reset could not be done; the customer is told (customer-safe text) and the admin alerted.
 *
 * @param reason one of {@code NOT_PROVISIONED} (no finished job for the order), {@code PANEL_USER_MISSING} (the
 *               panel user was deleted), {@code PANEL_UNAVAILABLE} (transient errors outlasted the retries),
 *               {@code PANEL_REJECTED} (the panel refused the update)
 */
public record CredentialsResetFailed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String requestId,
        Customer customer,
        String reason,
        String customerMessage,
        String adminDetail) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static CredentialsResetFailed of(String orderId, String correlationId, String requestId,
            Customer customer, String reason, String customerMessage, String adminDetail) {
        return new CredentialsResetFailed(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET_FAILED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, requestId, customer, reason, customerMessage, adminDetail);
    }
}
