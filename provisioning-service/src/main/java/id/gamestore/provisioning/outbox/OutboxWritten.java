package id.gamestore.provisioning.outbox;

/** Fired when a transaction wrote an outbox row; after it commits, the relay is nudged to publish at once. */
public record OutboxWritten(String orderId) {
}
