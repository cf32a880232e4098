package id.gamestore.notification.intake.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.support.logging.LogContext;
import id.gamestore.notification.dispatch.DeliveryDispatcher;
import id.gamestore.notification.intake.BrokerConfig;
import id.gamestore.notification.intake.ProvisioningEventHandler;
import id.gamestore.support.database.DatabaseFailures;
import id.gamestore.support.database.DatabaseHold;
import id.gamestore.support.messaging.ConsumerChannels;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Thin adapter on {@code notification-service.provisioning-events} ({@code provisioning.*} and {@code credentials.*}
 * events): decode, hand to the transactional handler, ack after its commit, then wake the dispatcher.
 * <ul>
 * <li>Unreadable messages are rejected without requeue (the queue parks them in its DLQ).</li>
 * <li>While this service's database is unreachable the message is held and the handler retried in place
 * ({@link DatabaseHold}): no nack, no redelivery, so an outage of any length never parks a good message.</li>
 * <li>Any other failure requeues after a pause that doubles per redelivery, so a handler that keeps failing reaches
 * the delivery limit and parks the message.</li>
 * </ul>
 * Every ack and nack goes through {@link ConsumerChannels}: if the broker connection dropped while a message was held
 * or waited out its requeue pause, the broker has put it back already, so it is not settled again on the new channel
 * (where its old delivery tag would hit another message); the redelivered copy finds its eventId processed: one
 * delivery, none lost.
 */
@ApplicationScoped
public class ProvisioningEventConsumer {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventConsumer.class);

    private final ProvisioningEventHandler handler;
    private final DeliveryDispatcher dispatcher;
    private final BrokerConfig config;
    private final ConsumerChannels channels;
    private final DatabaseHold hold = new DatabaseHold();

    public ProvisioningEventConsumer(ProvisioningEventHandler handler, DeliveryDispatcher dispatcher,
            BrokerConfig config, ConsumerChannels channels) {
        this.handler = handler;
        this.dispatcher = dispatcher;
        this.config = config;
        this.channels = channels;
    }

    @Incoming("provisioning-events")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        Optional<IncomingRabbitMQMetadata> metadata = message.getMetadata(IncomingRabbitMQMetadata.class);
        String routingKey = metadata.map(IncomingRabbitMQMetadata::getRoutingKey).orElse("");
        DomainEvent event;
        try {
            event = EventJson.read(routingKey, new String(message.getPayload(), StandardCharsets.UTF_8));
        } catch (EventJson.UnreadableEventException e) {
            LOG.warnf("unreadable message on %s sent to the dead-letter queue: %s", routingKey, e.getMessage());
            return channels.nack(message, e, false);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            boolean fresh;
            try {
                fresh = handler.handle(event);
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isUnreachable(e)) {
                    return requeueLater(message, event, e, metadata);
                }
                try {
                    fresh = hold.retry(() -> handler.handle(event), e, config.holdPause(), config.maxHoldPause());
                } catch (RuntimeException other) {
                    return requeueLater(message, event, other, metadata);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    LOG.infof("%s not handled, handed back to the queue: the service is stopping", event.type());
                    return channels.nack(message, stopping, true);
                }
            }
            if (fresh) {
                dispatcher.wake();
            }
            return channels.ack(message);
        }
    }

    private CompletionStage<Void> requeueLater(Message<byte[]> message, DomainEvent event, RuntimeException e,
            Optional<IncomingRabbitMQMetadata> metadata) {
        Duration pause = pause(metadata);
        LOG.warnf("%s not handled (%s), requeued in %d ms", event.type(), e.getClass().getSimpleName(),
                pause.toMillis());
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                .onItem().transformToUni(x -> Uni.createFrom().completionStage(channels.nack(message, e, true)))
                .subscribeAsCompletionStage();
    }

    private Duration pause(Optional<IncomingRabbitMQMetadata> metadata) {
        Object count = metadata.map(m -> m.getHeaders().get("x-delivery-count")).orElse(null);
        long redeliveries = count instanceof Number n ? Math.max(0, n.longValue()) : 0;
        Duration pause = config.requeuePause().multipliedBy(1L << Math.min(redeliveries, 16));
        return pause.compareTo(config.maxRequeuePause()) > 0 ? config.maxRequeuePause() : pause;
    }
}
