package id.gamestore.provisioning.messaging;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.provisioning.reset.CredentialResetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code credentials.reset-requested}: record the eventId and store the PENDING
 * reset. A redelivery or a second copy of the event changes nothing, so the password is reset once per event.
 */
@ApplicationScoped
public class CredentialsResetHandler {
    private final EntityManager em;
    private final CredentialResetService resets;

    public CredentialsResetHandler(EntityManager em, CredentialResetService resets) {
        this.em = em;
        this.resets = resets;
    }

    /** @return true when this event stored a new reset */
    @Transactional
    public boolean handle(CredentialsResetRequested event) {
        int fresh = em.createNativeQuery("""
                insert into processed_event (event_id, type, received_at) values (?1, ?2, now())
                on conflict (event_id) do nothing
                """).setParameter(1, event.eventId()).setParameter(2, event.type()).executeUpdate();
        return fresh != 0 && resets.addPending(event);
    }
}
