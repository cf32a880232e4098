package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

import id.gamestore.contracts.crypto.CredentialEnvelope;

/**
 * The panel user of an order has a new password; notification-service sends it to the customer. Published by
 * provisioning-service on the {@code provisioning} exchange.
 *
 * @param password the new password, encrypted (AES-256-GCM, associated data = the order id)
 * @param server   the order's server, for the message
 */
public record CredentialsReset(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String requestId,
        Customer customer,
        PackageRef pkg,
        String panelUrl,
        String username,
        CredentialEnvelope password,
        ServerInfo server) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static CredentialsReset of(String orderId, String correlationId, String requestId, Customer customer,
            PackageRef pkg, String panelUrl, String username, CredentialEnvelope password, ServerInfo server) {
        return new CredentialsReset(UUID.randomUUID(), EventTypes.CREDENTIALS_RESET, SCHEMA_VERSION, Instant.now(),
                orderId, correlationId, requestId, customer, pkg, panelUrl, username, password, server);
    }
}
