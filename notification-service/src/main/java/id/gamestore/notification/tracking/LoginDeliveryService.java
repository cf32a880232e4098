package id.gamestore.notification.tracking;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.template.MessageKind;

/** Reads whether an order's password reached the customer (for provisioning-service's second-order decision). */
@ApplicationScoped
public class LoginDeliveryService {

    /**
     * Without {@code requestId}: the order's first-login {@code SERVER_READY} message (never the returning-customer
     * message, which has no password). With it: that reset request's {@code PASSWORD_RESET} message.
     */
    @Transactional
    public LoginDelivery of(String orderId, String requestId) {
        List<Delivery> deliveries = requestId == null
                ? Delivery.list("orderId = ?1 and kind = ?2", orderId, MessageKind.SERVER_READY)
                : Delivery.list("orderId = ?1 and kind = ?2 and requestId = ?3", orderId, MessageKind.PASSWORD_RESET,
                        requestId);
        return LoginDelivery.of(orderId, requestId, deliveries);
    }
}
