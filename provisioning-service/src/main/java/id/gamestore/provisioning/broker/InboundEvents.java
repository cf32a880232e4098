package id.gamestore.provisioning.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.support.database.DatabaseFailures;
import id.gamestore.support.database.DatabaseHold;
import id.gamestore.support.logging.LogContext;
import id.gamestore.support.messaging.ConsumerChannels;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * What the {@code @Incoming} adapters of this service do with one message: decode and schema-check it, hand it to a
 * transactional handler and ack after its commit.
 * <ul>
 * <li>A message that can never be processed (unreadable, against the schema) is rejected without requeue: the queue
 * dead-letters it to its DLQ.</li>
 * <li>While the database is unreachable the message is held and the handler retried in place ({@link DatabaseHold}):
 * no nack, no redelivery, so an outage of any length never burns the queue's delivery limit.</li>
 * <li>Any other failure requeues the message after a pause that doubles per redelivery, so a handler that keeps
 * failing reaches the queue's delivery limit and parks the message instead of looping.</li>
 * </ul>
 * Every ack and nack goes through {@link ConsumerChannels} (a message settled late across a broker reconnect is not
 * settled on the new channel; its redelivery is a processed duplicate).
 */
@ApplicationScoped
public class InboundEvents {
    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final ConsumerConfig config;
    private final ConsumerChannels channels;
    private final DatabaseHold hold = new DatabaseHold();

    InboundEvents(ConsumerConfig config, ConsumerChannels channels) {
        this.config = config;
        this.channels = channels;
    }

    /**
     * @param handler runs the handler's transaction; true when the event changed something, false for a duplicate
     */
    public <E extends DomainEvent> CompletionStage<Void> consume(Message<byte[]> message, String eventType,
            Class<E> eventClass, Predicate<E> handler) {
        E event;
        try {
            event = decode(message.getPayload(), eventType, eventClass);
        } catch (EventJson.UnreadableEventException e) {
            LOG.errorf("%s cannot be processed, dead-lettering: %s", eventType, e.getMessage());
            return channels.nack(message, e, false);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            boolean fresh;
            try {
                fresh = handler.test(event);
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isUnreachable(e)) {
                    return requeueLater(message, eventType, e);
                }
                return holdUntilStored(message, event, handler, e);
            }
            return stored(message, eventType, fresh);
        }
    }

    static <E extends DomainEvent> E decode(byte[] body, String eventType, Class<E> eventClass) {
        if (body == null || body.length == 0) {
            throw new EventJson.UnreadableEventException("empty message", null);
        }
        String json = new String(body, StandardCharsets.UTF_8);
        List<String> problems = EventSchemas.validate(eventType, json);
        if (!problems.isEmpty()) {
            throw new EventJson.UnreadableEventException("schema: " + problems, null);
        }
        return EventJson.read(json, eventClass);
    }

    private <E extends DomainEvent> CompletionStage<Void> holdUntilStored(Message<byte[]> message, E event,
            Predicate<E> handler, RuntimeException first) {
        boolean fresh;
        try {
            fresh = hold.retry(() -> handler.test(event), first, config.holdPause(), config.maxHoldPause());
        } catch (RuntimeException e) {
            return requeueLater(message, event.type(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.infof("%s not stored, handed back to the queue: the service is stopping", event.type());
            return channels.nack(message, e, true);
        }
        return stored(message, event.type(), fresh);
    }

    private CompletionStage<Void> stored(Message<byte[]> message, String eventType, boolean fresh) {
        LOG.infof(fresh ? "%s stored" : "duplicate %s ignored", eventType);
        return channels.ack(message);
    }

    private CompletionStage<Void> requeueLater(Message<byte[]> message, String eventType, RuntimeException e) {
        Duration pause = requeuePause(message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(m -> m.getHeaders().get("x-delivery-count")).orElse(null),
                config.requeuePause(), config.maxRequeuePause());
        LOG.warnf("%s not stored, requeued in %d ms: %s", eventType, pause.toMillis(), e.getMessage());
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                .onItem().transformToUni(x -> Uni.createFrom().completionStage(channels.nack(message, e, true)))
                .subscribeAsCompletionStage();
    }

    /** {@code base} doubled per earlier delivery (the quorum queue's {@code x-delivery-count}), at most {@code max}. */
    static Duration requeuePause(Object deliveryCount, Duration base, Duration max) {
        long redeliveries = deliveryCount instanceof Number n ? Math.max(0, n.longValue()) : 0;
        Duration pause = base.multipliedBy(1L << Math.min(redeliveries, 16));
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
