package id.gamestore.provisioning.broker;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.support.logging.LogContext;
import id.gamestore.support.messaging.ConsumerChannels;
import id.gamestore.support.messaging.InboundHandling;

/**
 * What the {@code @Incoming} adapters of this service do with one message: decode and schema-check it, hand it to a
 * transactional handler and ack after its commit.
 * <ul>
 * <li>A message that can never be processed (unreadable, against the schema) is rejected without requeue: the queue
 * dead-letters it to its DLQ.</li>
 * <li>While the database is unreachable the message is held and the handler retried in place (service-support's
 * {@link InboundHandling}):
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

    private final InboundHandling inbound;

    InboundEvents(ConsumerConfig config, ConsumerChannels channels) {
        this.inbound = new InboundHandling(channels, config);
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
            return inbound.reject(message, eventType, e);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            return inbound.handle(message, eventType, () -> handler.test(event), failure -> false,
                    fresh -> LOG.infof(fresh ? "%s stored" : "duplicate %s ignored", eventType));
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
}
