package id.gamestore.order.tracking;

/** An event names an order this service never had: it can never be processed, so it is parked in the DLQ. */
public class UnknownOrderException extends RuntimeException {
    public UnknownOrderException(String orderId) {
        super("no order " + orderId, null, false, false);
    }
}
