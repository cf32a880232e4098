package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An admin confirmed a paid order; provisioning should create the user and the server. */
public record OrderConfirmed(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String orderId,
        String correlationId,
        Customer customer,
        PackageRef pkg,
        String confirmedBy) implements DomainEvent {

    public static final int SCHEMA_VERSION = 1;

    public static OrderConfirmed of(String orderId, String correlationId, Customer customer, PackageRef pkg,
            String confirmedBy) {
        return new OrderConfirmed(UUID.randomUUID(), EventTypes.ORDER_CONFIRMED, SCHEMA_VERSION, Instant.now(), orderId,
                correlationId, customer, pkg, confirmedBy);
    }
}
