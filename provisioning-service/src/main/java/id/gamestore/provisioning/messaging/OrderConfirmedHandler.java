package id.gamestore.provisioning.messaging;

import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code order.confirmed}: record the eventId, and create the order's job unless
 * it exists. A redelivery or a second copy of the event changes nothing.
 */
@ApplicationScoped
public class OrderConfirmedHandler {
    private final EntityManager em;
    private final JobService jobs;

    public OrderConfirmedHandler(EntityManager em, JobService jobs) {
        this.em = em;
        this.jobs = jobs;
    }

    /** @return true when this event created the job */
    @Transactional
    public boolean handle(OrderConfirmed event) {
        int fresh = em.createNativeQuery("""
                insert into processed_event (event_id, type, received_at) values (?1, ?2, now())
                on conflict (event_id) do nothing
                """).setParameter(1, event.eventId()).setParameter(2, event.type()).executeUpdate();
        if (fresh == 0) {
            return false;
        }
        return jobs.createIfAbsent(event);
    }
}
