package id.gamestore.contracts.messaging;

/**
 * Exchange, queue and dead-letter names. Exchanges are durable topic exchanges; each consumer has one durable quorum
 * queue named {@code <service>.<purpose>} with a dead-letter exchange and a parking queue {@code <queue>.dlq}.
 */
public final class Topology {
    public static final String ORDERS_EXCHANGE = "orders";
    public static final String PROVISIONING_EXCHANGE = "provisioning";
    /** Dead-letter exchange shared by all queues (direct; routing key = the original queue's name). */
    public static final String DEAD_LETTER_EXCHANGE = "dead-letters";

    public static final String PROVISIONING_ORDER_CONFIRMED_QUEUE = "provisioning-service.order-confirmed";
    public static final String ORDER_PROVISIONING_EVENTS_QUEUE = "order-service.provisioning-events";
    public static final String NOTIFICATION_PROVISIONING_EVENTS_QUEUE = "notification-service.provisioning-events";

    /** provisioning-service's queue for {@code credentials.reset-requested} (bound to the orders exchange). */
    public static final String PROVISIONING_CREDENTIALS_RESET_QUEUE = "provisioning-service.credentials-reset";

    /** Redeliveries before a message is parked in the DLQ (quorum queue {@code x-delivery-limit}). */
    public static final int DEFAULT_DELIVERY_LIMIT = 5;

    public static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    private Topology() {
    }
}
