package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The customer's server is installed (and started when configured); the login may be sent. */
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
        ServerInfo server) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static ProvisioningCompleted of(String orderId, String correlationId, String jobId, Customer customer,
            PackageRef pkg, PanelAccess panel, ServerInfo server) {
        return new ProvisioningCompleted(UUID.randomUUID(), EventTypes.PROVISIONING_COMPLETED, SCHEMA_VERSION,
                Instant.now(), orderId, correlationId, jobId, customer, pkg, panel, server);
    }
}
