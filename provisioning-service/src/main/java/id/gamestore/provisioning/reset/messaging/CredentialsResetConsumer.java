package id.gamestore.provisioning.reset.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.provisioning.broker.InboundEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code provisioning-service.credentials-reset}: stores a PENDING reset and acks ({@link InboundEvents}). The panel
 * is never called while the message is held; {@code CredentialResetProcessor} drives the reset from the database.
 */
@ApplicationScoped
public class CredentialsResetConsumer {
    private final InboundEvents events;
    private final CredentialsResetHandler handler;

    CredentialsResetConsumer(InboundEvents events, CredentialsResetHandler handler) {
        this.events = events;
        this.handler = handler;
    }

    @Incoming("credentials-reset")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return events.consume(message, EventTypes.CREDENTIALS_RESET_REQUESTED, CredentialsResetRequested.class,
                handler::handle);
    }
}
