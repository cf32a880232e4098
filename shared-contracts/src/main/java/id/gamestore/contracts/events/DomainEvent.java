package id.gamestore.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every event carries. Consumers dedupe on {@link #eventId()}; {@link #type()} is also the routing key.
 */
public interface DomainEvent {
    UUID eventId();

    String type();

    int schemaVersion();

    Instant occurredAt();

    String orderId();

    String correlationId();
}
