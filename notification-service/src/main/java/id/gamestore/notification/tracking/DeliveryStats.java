package id.gamestore.notification.tracking;

/**
 * Delivery counts, and for server-ready messages the time from {@code provisioning.completed} (its occurredAt) to
 * sent and to delivered, in milliseconds (null when nothing was measured).
 */
public record DeliveryStats(long total, long pending, long sent, long delivered, long read, long failed,
        long fallback, Long completedToSentMedianMs, Long completedToSentP95Ms, Long completedToDeliveredMedianMs,
        Long completedToDeliveredP95Ms) {
}
