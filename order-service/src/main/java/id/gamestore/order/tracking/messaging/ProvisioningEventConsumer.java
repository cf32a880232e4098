package id.gamestore.order.tracking.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson.UnreadableEventException;
import id.gamestore.order.tracking.ProvisioningEventHandler;
import id.gamestore.order.tracking.UnknownOrderException;
import id.gamestore.support.logging.LogContext;
import id.gamestore.support.messaging.ConsumerChannels;
import id.gamestore.support.messaging.InboundHandling;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Thin adapter for {@code order-service.provisioning-events}: decode, hand to the handler, ack after its commit
 * (service-support's {@link InboundHandling}: held in place while the database is down, requeued with a growing
 * pause on other failures). An unreadable message and an event for an order this service never had are rejected
 * without requeue: the queue dead-letters them to its DLQ.
 */
@ApplicationScoped
public class ProvisioningEventConsumer {
    private final ProvisioningEventHandler handler;
    private final InboundHandling inbound;

    ProvisioningEventConsumer(ProvisioningEventHandler handler, ConsumerConfig config, ConsumerChannels channels) {
        this.handler = handler;
        this.inbound = new InboundHandling(channels, config);
    }

    @Incoming("provisioning-events")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String routingKey = message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(IncomingRabbitMQMetadata::getRoutingKey).orElse(null);
        DomainEvent event;
        try {
            event = ProvisioningEvents.decode(routingKey, message.getPayload());
        } catch (UnreadableEventException e) {
            return inbound.reject(message, routingKey, e);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            return inbound.handle(message, event.type(), () -> handler.handle(event),
                    UnknownOrderException.class::isInstance, applied -> {
                    });
        }
    }
}
