package id.gamestore.support.messaging;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import id.gamestore.support.database.DatabaseFailures;
import id.gamestore.support.database.DatabaseHold;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * What every {@code @Incoming} adapter does with a decoded message: hand it to the transactional handler and ack
 * after its commit.
 * <ul>
 * <li>A failure the caller names as permanent (an event for an order this service never knew, ...) rejects the
 * message without requeue: the queue dead-letters it to its DLQ.</li>
 * <li>While the service's database is unreachable the message is held and the handler retried in place
 * ({@link DatabaseHold}): no nack, no redelivery, so an outage of any length never burns the delivery limit.</li>
 * <li>Any other failure requeues the message after a pause that doubles per redelivery (the quorum queue's
 * {@code x-delivery-count}), so a handler that keeps failing reaches the delivery limit and parks the message.</li>
 * </ul>
 * Every ack and nack goes through {@link ConsumerChannels}: a message settled late, after the broker connection
 * dropped, is not settled on the new channel (its redelivered copy is a processed duplicate). Each adapter keeps its
 * own instance (one hold count per adapter); decoding stays with the adapter, which rejects what it cannot read.
 */
public final class InboundHandling {
    private static final Logger LOG = Logger.getLogger(InboundHandling.class);

    private final ConsumerChannels channels;
    private final ConsumerPacing pacing;
    private final DatabaseHold hold = new DatabaseHold();

    public InboundHandling(ConsumerChannels channels, ConsumerPacing pacing) {
        this.channels = channels;
        this.pacing = pacing;
    }

    /**
     * @param what the event's type, for the log
     * @param handler runs the handler's transaction and returns its result
     * @param permanent failures that can never succeed: the message goes to the DLQ
     * @param applied called with the handler's result once it committed, before the ack
     */
    public <T> CompletionStage<Void> handle(Message<?> message, String what, Supplier<T> handler,
            Predicate<RuntimeException> permanent, Consumer<T> applied) {
        T result;
        try {
            result = handler.get();
        } catch (RuntimeException e) {
            if (permanent.test(e)) {
                return park(message, what, e);
            }
            if (!DatabaseFailures.isUnreachable(e)) {
                return requeueLater(message, what, e);
            }
            try {
                result = hold.retry(handler, e, pacing.holdPause(), pacing.maxHoldPause());
            } catch (RuntimeException other) {
                return permanent.test(other) ? park(message, what, other) : requeueLater(message, what, other);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                LOG.infof("%s not applied, handed back to the queue: the service is stopping", what);
                return channels.nack(message, stopping, true);
            }
        }
        applied.accept(result);
        return channels.ack(message);
    }

    /** Rejects a message that cannot be read: the queue dead-letters it. */
    public CompletionStage<Void> reject(Message<?> message, String where, RuntimeException unreadable) {
        LOG.warnf("unreadable message on %s parked in the dead-letter queue: %s", where, unreadable.getMessage());
        return channels.nack(message, unreadable, false);
    }

    private CompletionStage<Void> park(Message<?> message, String what, RuntimeException e) {
        LOG.warnf("%s can never be applied (%s), parked in the dead-letter queue", what, e.getClass().getSimpleName());
        return channels.nack(message, e, false);
    }

    private CompletionStage<Void> requeueLater(Message<?> message, String what, RuntimeException e) {
        Duration pause = requeuePause(message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(m -> m.getHeaders().get("x-delivery-count")).orElse(null),
                pacing.requeuePause(), pacing.maxRequeuePause());
        LOG.warnf("%s not applied (%s), requeued in %d ms", what, e.getClass().getSimpleName(), pause.toMillis());
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                .onItem().transformToUni(x -> Uni.createFrom().completionStage(channels.nack(message, e, true)))
                .subscribeAsCompletionStage();
    }

    /** {@code base} doubled per earlier delivery, at most {@code max}. */
    public static Duration requeuePause(Object deliveryCount, Duration base, Duration max) {
        long redeliveries = deliveryCount instanceof Number n ? Math.max(0, n.longValue()) : 0;
        Duration pause = base.multipliedBy(1L << Math.min(redeliveries, 16));
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
