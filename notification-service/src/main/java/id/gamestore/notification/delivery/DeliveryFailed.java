package id.gamestore.notification.delivery;

/**
 * Fired (synchronously, inside the transaction) when a delivery failed for good, before its body is purged, so the
 * fallback can take over. The observer records what it did in {@code delivery.fallback}.
 */
public record DeliveryFailed(Delivery delivery) {
}
