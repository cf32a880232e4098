package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The provisioning job for an order began (or resumed after being held). */
public record ProvisioningStarted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        String jobId,
        Customer customer,
        PackageRef pkg) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static ProvisioningStarted of(String orderId, String correlationId, String jobId, Customer customer,
            PackageRef pkg) {
        return new ProvisioningStarted(UUID.randomUUID(), EventTypes.PROVISIONING_STARTED, SCHEMA_VERSION, Instant.now(),
                orderId, correlationId, jobId, customer, pkg);
    }
}
