package id.gamestore.order.tracking.messaging;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson.UnreadableEventException;
import id.gamestore.support.logging.LogContext;
import id.gamestore.order.tracking.ProvisioningEventHandler;
import id.gamestore.order.tracking.UnknownOrderException;
import id.gamestore.support.database.DatabaseFailures;
import id.gamestore.support.database.DatabaseHold;
import id.gamestore.support.messaging.ConsumerChannels;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Thin adapter for {@code order-service.provisioning-events}: decode, hand to the handler, ack after its commit.
 * <ul>
 * <li>A message that can never be processed (unreadable, unknown order) is rejected without requeue: the queue
 * dead-letters it to its DLQ.</li>
 * <li>While this service's database is unreachable the message is held and the handler retried in place
 * ({@link DatabaseHold}): no nack, no redelivery, so an outage of any length never parks a good message.</li>
 * <li>Any other failure requeues the message after a pause that doubles per redelivery, so a handler that keeps
 * failing reaches the queue's delivery limit and parks the message instead of looping.</li>
 * </ul>
 * Every ack and nack goes through {@link ConsumerChannels}: if the broker connection dropped while a message was held
 * or waited out its requeue pause, the broker has put it back already, so it is not settled again on the new channel
 * (where its old delivery tag would hit another message); the redelivered copy finds its eventId processed and is
 * acked as a duplicate: applied once, never lost.
 */
@ApplicationScoped
public class ProvisioningEventConsumer {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventConsumer.class);

    private final ProvisioningEventHandler handler;
    private final ConsumerConfig config;
    private final ConsumerChannels channels;

    private final DatabaseHold hold = new DatabaseHold();

    ProvisioningEventConsumer(ProvisioningEventHandler handler, ConsumerConfig config, ConsumerChannels channels) {
        this.handler = handler;
        this.config = config;
        this.channels = channels;
    }

    @Incoming("provisioning-events")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        var metadata = message.getMetadata(IncomingRabbitMQMetadata.class);
        String routingKey = metadata.map(IncomingRabbitMQMetadata::getRoutingKey).orElse(null);
        DomainEvent event;
        try {
            event = ProvisioningEvents.decode(routingKey, message.getPayload());
        } catch (UnreadableEventException e) {
            LOG.warnf("unreadable message on %s parked in the dead-letter queue: %s", routingKey, e.getMessage());
            return reject(message, e, false);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            try {
                handler.handle(event);
                return channels.ack(message);
            } catch (UnknownOrderException e) {
                return unknownOrder(message, event, e);
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isUnreachable(e)) {
                    return requeueLater(message, event, e);
                }
                return holdUntilApplied(message, event, e);
            }
        }
    }

    private CompletionStage<Void> holdUntilApplied(Message<byte[]> message, DomainEvent event, RuntimeException first) {
        try {
            hold.retry(() -> handler.handle(event), first, config.holdPause(), config.maxHoldPause());
        } catch (UnknownOrderException e) {
            return unknownOrder(message, event, e);
        } catch (RuntimeException e) {
            return requeueLater(message, event, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.infof("%s not applied, handed back to the queue: the service is stopping", event.type());
            return reject(message, e, true);
        }
        return channels.ack(message);
    }

    private CompletionStage<Void> unknownOrder(Message<byte[]> message, DomainEvent event, RuntimeException e) {
        LOG.warnf("%s for an unknown order parked in the dead-letter queue", event.type());
        return reject(message, e, false);
    }

    private CompletionStage<Void> requeueLater(Message<byte[]> message, DomainEvent event, RuntimeException e) {
        Duration pause = requeuePause(message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(m -> m.getHeaders().get("x-delivery-count")).orElse(null),
                config.requeuePause(), config.maxRequeuePause());
        LOG.warnf("%s not applied, requeued in %d ms: %s", event.type(), pause.toMillis(), e.getMessage());
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                .onItem().transformToUni(x -> Uni.createFrom().completionStage(reject(message, e, true)))
                .subscribeAsCompletionStage();
    }

    /** {@code base} doubled per earlier delivery (the quorum queue's {@code x-delivery-count}), at most {@code max}. */
    static Duration requeuePause(Object deliveryCount, Duration base, Duration max) {
        long redeliveries = deliveryCount instanceof Number n ? Math.max(0, n.longValue()) : 0;
        Duration pause = base.multipliedBy(1L << Math.min(redeliveries, 16));
        return pause.compareTo(max) > 0 ? max : pause;
    }

    private CompletionStage<Void> reject(Message<byte[]> message, Throwable reason, boolean requeue) {
        return channels.nack(message, reason, requeue);
    }
}
