package id.gamestore.provisioning.lifecycle.messaging;

import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.provisioning.broker.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code provisioning-service.lifecycle-actions}: stores a PENDING lifecycle action and acks after the commit
 * ({@link InboundEvents}). The panel is never called while the message is held; {@code LifecycleProcessor} drives
 * the action from the database.
 */
@ApplicationScoped
public class LifecycleActionConsumer {
    private final InboundEvents events;
    private final LifecycleActionHandler handler;

    LifecycleActionConsumer(InboundEvents events, LifecycleActionHandler handler) {
        this.events = events;
        this.handler = handler;
    }

    @Incoming("lifecycle-actions")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return events.consume(message, EventTypes.LIFECYCLE_ACTION_REQUESTED, LifecycleActionRequested.class,
                handler::handle);
    }
}
