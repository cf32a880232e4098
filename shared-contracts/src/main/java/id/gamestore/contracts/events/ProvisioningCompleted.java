package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer's server is installed (and started when configured); the login may be sent. {@code confirmedAt} is
 * when the admin confirmed the order (null from producers that do not report it).
 */
public record ProvisioningCompleted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String jobId,
        Customer customer,
        PackageRef pkg,
        PanelAccess panel,
        ServerInfo server,
        Instant confirmedAt) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Without the confirmation time (null). */
    public ProvisioningCompleted(UUID eventId, String type, int schemaVersion, Instant occurredAt, String orderId,
            String correlationId, String jobId, Customer customer, PackageRef pkg, PanelAccess panel,
            ServerInfo server) {
        this(eventId, type, schemaVersion, occurredAt, orderId, correlationId, jobId, customer, pkg, panel, server,
                null);
    }

    /** @param confirmedAt when the admin confirmed the order ({@code order.confirmed}'s {@code occurredAt}) */
    public static ProvisioningCompleted of(String orderId, String correlationId, String jobId, Customer customer,
            PackageRef pkg, PanelAccess panel, ServerInfo server, Instant confirmedAt) {
        return new ProvisioningCompleted(UUID.randomUUID(), EventTypes.PROVISIONING_COMPLETED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, jobId, customer, pkg, panel, server, confirmedAt);
    }

    public static ProvisioningCompleted of(String orderId, String correlationId, String jobId, Customer customer,
            PackageRef pkg, PanelAccess panel, ServerInfo server) {
        return of(orderId, correlationId, jobId, customer, pkg, panel, server, null);
    }
}
