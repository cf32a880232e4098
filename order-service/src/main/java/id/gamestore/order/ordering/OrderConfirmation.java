package id.gamestore.order.ordering;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.buildability.Buildability;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;

/**
 * An admin's confirm: a PENDING order whose package provisioning-service says it cannot build now is refused
 * ({@code PACKAGE_NOT_BUILDABLE}, the order stays PENDING); otherwise {@link OrderService#confirm}. The question to
 * provisioning-service is asked outside the confirm's transaction, so no row lock waits on a remote call.
 */
@ApplicationScoped
public class OrderConfirmation {
    private final OrderService orders;
    private final Buildability buildability;

    OrderConfirmation(OrderService orders, Buildability buildability) {
        this.orders = orders;
        this.buildability = buildability;
    }

    public Order confirm(String orderId, String confirmedBy) {
        Order current = orders.get(orderId);
        if (current.status == OrderStatus.PENDING) {
            buildability.refusal(current.packageCode).ifPresent(r -> {
                throw new Refused(Refused.Kind.CONFLICT, ErrorCodes.PACKAGE_NOT_BUILDABLE, r.message(),
                        "packageCode");
            });
        }
        return orders.confirm(orderId, confirmedBy);
    }
}
