package id.gamestore.notification.delivery;

/**
 * Where a delivery stands. Receipts only move it forward ({@link #rank()}); FAILED ends it (the fallback takes
 * over) unless a later receipt proves the message arrived; SUPERSEDED is a progress notice made moot by the final
 * message, or an unsent login whose password a newer reset replaced.
 */
public enum DeliveryState {
    PENDING(0), SENT(1), DELIVERED(2), READ(3), FAILED(-1), SUPERSEDED(-2);

    private final int rank;

    DeliveryState(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** True when the customer's device has the message. */
    public boolean arrived() {
        return this == DELIVERED || this == READ;
    }
}
