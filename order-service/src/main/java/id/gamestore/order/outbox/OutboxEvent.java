package id.gamestore.order.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.order.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting to be published; its id is the event's {@code eventId}, which becomes the AMQP messageId. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "aggregate_id")
    public String aggregateId;
    public String exchange;
    public String type;
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    public static OutboxEvent of(DomainEvent event, String exchange) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.eventId();
        row.aggregateId = event.orderId();
        row.exchange = exchange;
        row.type = event.type();
        row.payload = EventJson.write(event);
        row.createdAt = Clock.now();
        return row;
    }
}
