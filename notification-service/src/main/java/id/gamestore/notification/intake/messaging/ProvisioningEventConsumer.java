package id.gamestore.notification.intake.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.notification.dispatch.DeliveryDispatcher;
import id.gamestore.notification.intake.BrokerConfig;
import id.gamestore.notification.intake.ProvisioningEventHandler;
import id.gamestore.support.logging.LogContext;
import id.gamestore.support.messaging.ConsumerChannels;
import id.gamestore.support.messaging.InboundHandling;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * Thin adapter on {@code notification-service.provisioning-events} ({@code provisioning.*} and {@code credentials.*}
 * events): decode, hand to the transactional handler, ack after its commit (service-support's
 * {@link InboundHandling}: held in place while the database is down, requeued with a growing pause on other
 * failures), then wake the dispatcher. Unreadable messages are rejected without requeue (the queue parks them in its
 * DLQ).
 */
@ApplicationScoped
public class ProvisioningEventConsumer {
    private final ProvisioningEventHandler handler;
    private final DeliveryDispatcher dispatcher;
    private final InboundHandling inbound;

    public ProvisioningEventConsumer(ProvisioningEventHandler handler, DeliveryDispatcher dispatcher,
            BrokerConfig config, ConsumerChannels channels) {
        this.handler = handler;
        this.dispatcher = dispatcher;
        this.inbound = new InboundHandling(channels, config);
    }

    @Incoming("provisioning-events")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String routingKey = message.getMetadata(IncomingRabbitMQMetadata.class)
                .map(IncomingRabbitMQMetadata::getRoutingKey).orElse("");
        DomainEvent event;
        try {
            event = EventJson.read(routingKey, new String(message.getPayload(), StandardCharsets.UTF_8));
        } catch (EventJson.UnreadableEventException e) {
            return inbound.reject(message, routingKey, e);
        }
        try (var ignored = LogContext.of(event.orderId(), event.eventId(), event.correlationId())) {
            return inbound.handle(message, event.type(), () -> handler.handle(event), failure -> false, fresh -> {
                if (fresh) {
                    dispatcher.wake();
                }
            });
        }
    }
}
