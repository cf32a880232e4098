package id.gamestore.provisioning.broker;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The eventIds this service has handled: the consumers' dedupe, in the same transaction as the handling. */
@ApplicationScoped
public class ProcessedEvents {
    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time {@code eventId} is seen; false for a redelivery or a second copy */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markNew(UUID eventId, String type) {
        return em.createNativeQuery("""
                insert into processed_event (event_id, type, received_at) values (?1, ?2, now())
                on conflict (event_id) do nothing
                """).setParameter(1, eventId).setParameter(2, type).executeUpdate() != 0;
    }
}
