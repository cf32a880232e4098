package id.gamestore.notification.support;

import java.util.List;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryAttempt;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.template.MessageKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the service's tables in tests. */
public final class Deliveries {
    private Deliveries() {
    }

    public static List<Delivery> ofOrder(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("orderId", orderId));
    }

    public static Delivery one(String orderId, MessageKind kind) {
        return ofOrder(orderId).stream().filter(d -> d.kind == kind).findFirst().orElse(null);
    }

    public static DeliveryState state(String orderId, MessageKind kind) {
        Delivery d = one(orderId, kind);
        return d == null ? null : d.state;
    }

    /** Moves the order's untried deliveries of this kind to {@code due} (a notice kept waiting); answers how many. */
    public static int postpone(String orderId, MessageKind kind, java.time.Instant due) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.update(
                "nextAttemptAt = ?1 where orderId = ?2 and kind = ?3 and attempts = 0 and state = ?4", due, orderId,
                kind, id.gamestore.notification.delivery.DeliveryState.PENDING));
    }

    public static List<DeliveryAttempt> attempts(Delivery d) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DeliveryAttempt.<DeliveryAttempt>list("deliveryId = ?1 order by attemptNo", d.id));
    }
}
