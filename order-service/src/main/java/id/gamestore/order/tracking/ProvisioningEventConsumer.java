package id.gamestore.order.tracking;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson.UnreadableEventException;
import id.gamestore.order.common.LogContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;

/**
 * Thin adapter for {@code order-service.provisioning-events}: decode, hand to the handler, ack after its commit.
 * A message that can never be processed is rejected without requeue (the queue dead-letters it to its DLQ); any
 * other failure (database down, timeout) requeues it after a pause that doubles with each redelivery, so a short
 * outage never parks a good message (the queue's delivery limit is the last resort).
 */
@ApplicationScoped
public class ProvisioningEventConsumer {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventConsumer.class);

    @Inject
    ProvisioningEventHandler handler;
    @Inject
    ConsumerConfig config;

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
                return message.ack();
            } catch (UnknownOrderException e) {
                LOG.warnf("%s for an unknown order parked in the dead-letter queue", event.type());
                return reject(message, e, false);
            } catch (RuntimeException e) {
                Duration pause = requeuePause(metadata.map(m -> m.getHeaders().get("x-delivery-count")).orElse(null),
                        config.requeuePause(), config.maxRequeuePause());
                LOG.warnf("%s not applied, requeued in %d ms: %s", event.type(), pause.toMillis(), e.getMessage());
                return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                        .onItem().transformToUni(x -> Uni.createFrom().completionStage(reject(message, e, true)))
                        .subscribeAsCompletionStage();
            }
        }
    }

    /** {@code base} doubled per earlier delivery (the quorum queue's {@code x-delivery-count}), at most {@code max}. */
    static Duration requeuePause(Object deliveryCount, Duration base, Duration max) {
        long redeliveries = deliveryCount instanceof Number n ? Math.max(0, n.longValue()) : 0;
        Duration pause = base.multipliedBy(1L << Math.min(redeliveries, 16));
        return pause.compareTo(max) > 0 ? max : pause;
    }

    private static CompletionStage<Void> reject(Message<byte[]> message, Throwable reason, boolean requeue) {
        return message.nack(reason, Metadata.of(new RabbitMQRejectMetadata(requeue)));
    }
}
