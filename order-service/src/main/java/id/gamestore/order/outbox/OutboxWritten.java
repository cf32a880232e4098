package id.gamestore.order.outbox;

/** Fired when a transaction wrote outbox rows; after it commits, the relay is nudged to publish at once. */
public record OutboxWritten(String orderId) {
}
