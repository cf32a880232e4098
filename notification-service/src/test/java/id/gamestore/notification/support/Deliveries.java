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

    public static List<DeliveryAttempt> attempts(Delivery d) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DeliveryAttempt.<DeliveryAttempt>list("deliveryId = ?1 order by attemptNo", d.id));
    }
}
