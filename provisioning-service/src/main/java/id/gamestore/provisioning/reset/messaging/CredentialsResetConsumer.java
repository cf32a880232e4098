package id.gamestore.provisioning.reset.messaging;

import id.gamestore.provisioning.broker.QueueConsumer;

import id.gamestore.provisioning.broker.RabbitConfig;

import id.gamestore.provisioning.broker.RabbitBroker;

import java.io.IOException;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code provisioning-service.credentials-reset}: stores a PENDING reset and acks. The panel is never called while
 * the message is held; {@code CredentialResetProcessor} drives the reset from the database.
 */
@ApplicationScoped
public class CredentialsResetConsumer {
    private final QueueConsumer<CredentialsResetRequested> consumer;

    public CredentialsResetConsumer(RabbitBroker broker, RabbitConfig config, CredentialsResetHandler handler) {
        this.consumer = new QueueConsumer<>(broker, config, Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE,
                EventTypes.CREDENTIALS_RESET_REQUESTED, CredentialsResetRequested.class, handler::handle);
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        consumer.open("provisioning-service-credentials-reset");
    }

    void onStop(@Observes ShutdownEvent event) {
        consumer.close();
    }
}
