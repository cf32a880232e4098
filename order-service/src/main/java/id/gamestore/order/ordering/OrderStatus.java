package id.gamestore.order.ordering;

/**
 * {@code PENDING -> CONFIRMED -> PROVISIONING -> COMPLETED | FAILED}, and {@code PENDING -> CANCELLED}. Provisioning
 * events may also skip {@code PROVISIONING} and may restart a {@code FAILED} order that provisioning retries.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    PROVISIONING,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** A confirm of an order already confirmed and still on its way changes nothing and returns the order. */
    public boolean isConfirmedAndInFlight() {
        return this == CONFIRMED || this == PROVISIONING;
    }

    /** May provisioning events move an order in this status to {@code target}? */
    public boolean mayBecomeByProvisioning(OrderStatus target) {
        return switch (this) {
            case CONFIRMED -> target == PROVISIONING || target == COMPLETED || target == FAILED;
            case PROVISIONING -> target == COMPLETED || target == FAILED;
            case FAILED -> target == PROVISIONING || target == COMPLETED;
            default -> false;
        };
    }

    public static java.util.Optional<OrderStatus> parse(String value) {
        for (OrderStatus s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
