package id.gamestore.contracts.messaging;

import java.util.List;
import java.util.Map;

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

    /** provisioning-service's queue for {@code lifecycle.action-requested} (bound to the orders exchange). */
    public static final String PROVISIONING_LIFECYCLE_QUEUE = "provisioning-service.lifecycle-actions";

    /**
     * The routing keys notification-service's queue ({@link #NOTIFICATION_PROVISIONING_EVENTS_QUEUE}) is also bound
     * to on the {@code orders} exchange: the lifecycle notices and the admin's scheduled reports order-service publishes.
     */
    public static final List<String> NOTIFICATION_ORDER_NOTICE_ROUTING_KEYS = List.of("lifecycle.notice",
            "admin.report");

    /** Redeliveries before a message is parked in the DLQ (quorum queue {@code x-delivery-limit}). */
    public static final int DEFAULT_DELIVERY_LIMIT = 5;

    /** The routing keys every consumer of provisioning-service's events binds its queue to (exchange {@code provisioning}). */
    public static final List<String> PROVISIONING_EVENT_ROUTING_KEYS = List.of("provisioning.#", "credentials.#",
            "lifecycle.#");

    /** The queues every provisioning-service event must reach: order-service's and notification-service's. */
    public static final List<String> PROVISIONING_EVENT_QUEUES = List.of(ORDER_PROVISIONING_EVENTS_QUEUE,
            NOTIFICATION_PROVISIONING_EVENTS_QUEUE);

    /**
     * The arguments of a consumer queue: quorum, {@link #DEFAULT_DELIVERY_LIMIT}, dead-lettering to
     * {@link #DEAD_LETTER_EXCHANGE} with the queue's name as routing key. A queue declared again with other
     * arguments is refused by the broker (PRECONDITION_FAILED), so whoever declares a queue takes them from here.
     */
    public static Map<String, Object> consumerQueueArguments(String queue) {
        return consumerQueueArguments(queue, DEFAULT_DELIVERY_LIMIT);
    }

    /** As {@link #consumerQueueArguments(String)}, with a configured delivery limit. */
    public static Map<String, Object> consumerQueueArguments(String queue, int deliveryLimit) {
        return Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", deliveryLimit,
                "x-dead-letter-exchange", DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key", queue);
    }

    /** The arguments of a parking queue {@code <queue>.dlq}: quorum, no limit, no further dead-lettering. */
    public static Map<String, Object> deadLetterQueueArguments() {
        return Map.of("x-queue-type", "quorum");
    }

    public static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    private Topology() {
    }
}
