package id.gamestore.notification.delivery;

/**
 * Fired (synchronously, after the commit) by a feature that queued deliveries outside the event intake, so the
 * dispatcher sends them at once instead of at its next poll, without the feature depending on the dispatcher.
 */
public record DeliveriesQueued(int count) {
}
