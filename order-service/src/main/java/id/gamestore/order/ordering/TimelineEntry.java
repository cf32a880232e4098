package id.gamestore.order.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.gamestore.order.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of an order's timeline: a status change, a provisioning step, or a password reset (kind
 * {@code PASSWORD_RESET}, {@code step} = {@code PASSWORD_RESET_REQUESTED | _COMPLETED | _FAILED}, no status since the
 * order's status does not change).
 */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry extends PanacheEntityBase {
    public enum Kind {
        STATUS,
        STEP,
        PASSWORD_RESET,
        /** The server's term: reminders, suspension, renewal, termination, package changes ({@code step} says which). */
        LIFECYCLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public String step;
    @Column(name = "step_index")
    public Integer stepIndex;
    @Column(name = "total_steps")
    public Integer totalSteps;
    public String message;
    public String actor;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "occurred_at")
    public Instant occurredAt;

    public static TimelineEntry status(Order order, String actor, String message, UUID eventId) {
        TimelineEntry e = new TimelineEntry();
        e.orderId = order.id;
        e.kind = Kind.STATUS;
        e.status = order.status;
        e.actor = actor;
        e.message = message;
        e.eventId = eventId;
        e.occurredAt = Clock.now();
        return e;
    }

    public static TimelineEntry step(Order order, String step, int index, int total, String message,
            UUID eventId) {
        TimelineEntry e = new TimelineEntry();
        e.orderId = order.id;
        e.kind = Kind.STEP;
        e.status = order.status;
        e.step = step;
        e.stepIndex = index;
        e.totalSteps = total;
        e.message = message;
        e.actor = "provisioning-service";
        e.eventId = eventId;
        e.occurredAt = Clock.now();
        return e;
    }

    public static TimelineEntry passwordReset(String orderId, String what, String actor, String message,
            UUID eventId) {
        TimelineEntry e = new TimelineEntry();
        e.orderId = orderId;
        e.kind = Kind.PASSWORD_RESET;
        e.step = what;
        e.actor = actor;
        e.message = message;
        e.eventId = eventId;
        e.occurredAt = Clock.now();
        return e;
    }

    public static TimelineEntry lifecycle(Order order, String what, String actor, String message, UUID eventId) {
        TimelineEntry e = passwordReset(order.id, what, actor, message, eventId);
        e.kind = Kind.LIFECYCLE;
        return e;
    }

    public static List<TimelineEntry> of(String orderId) {
        return list("orderId = ?1 order by id", orderId);
    }
}
