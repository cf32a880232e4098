package id.gamestore.provisioning.job.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.broker.InboundEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code provisioning-service.order-confirmed}: stores the job and acks ({@link InboundEvents}: dead-letters what it
 * cannot read, holds the message while the database is away). Provisioning itself never runs while the message is
 * held; workers drive it from the database.
 */
@ApplicationScoped
public class OrderConfirmedConsumer {
    private final InboundEvents events;
    private final OrderConfirmedHandler handler;

    OrderConfirmedConsumer(InboundEvents events, OrderConfirmedHandler handler) {
        this.events = events;
        this.handler = handler;
    }

    @Incoming("order-confirmed")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return events.consume(message, EventTypes.ORDER_CONFIRMED, OrderConfirmed.class, handler::handle);
    }
}
