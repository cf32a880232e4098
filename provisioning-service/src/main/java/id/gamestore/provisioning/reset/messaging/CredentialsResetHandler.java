package id.gamestore.provisioning.reset.messaging;

import id.gamestore.provisioning.broker.ProcessedEvents;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.provisioning.reset.ResetStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code credentials.reset-requested}: record the eventId and store the PENDING
 * reset. A redelivery or a second copy of the event changes nothing, so the password is reset once per event.
 */
@ApplicationScoped
public class CredentialsResetHandler {
    private final ProcessedEvents processed;
    private final ResetStore resets;

    public CredentialsResetHandler(ProcessedEvents processed, ResetStore resets) {
        this.processed = processed;
        this.resets = resets;
    }

    /** @return true when this event stored a new reset */
    @Transactional
    public boolean handle(CredentialsResetRequested event) {
        return processed.markNew(event.eventId(), event.type()) && resets.addPending(event);
    }
}
