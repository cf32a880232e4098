package id.gamestore.provisioning.outbox;

import java.time.Instant;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/** Adds an event to the outbox inside the caller's transaction; the relay is nudged once that commits. */
@ApplicationScoped
public class OutboxWriter {
    private final Event<OutboxWritten> written;

    public OutboxWriter(Event<OutboxWritten> written) {
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.eventId();
        row.type = event.type();
        row.orderId = event.orderId();
        row.payload = EventJson.write(event);
        row.createdAt = Instant.now();
        row.persist();
        written.fire(new OutboxWritten(event.orderId()));
    }
}
