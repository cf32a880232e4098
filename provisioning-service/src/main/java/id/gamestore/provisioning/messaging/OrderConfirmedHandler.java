package id.gamestore.provisioning.messaging;

import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code order.confirmed}: record the eventId, and create the order's job unless
 * it exists. A redelivery or a second copy of the event changes nothing.
 */
@ApplicationScoped
public class OrderConfirmedHandler {
    private final ProcessedEvents processed;
    private final JobService jobs;

    public OrderConfirmedHandler(ProcessedEvents processed, JobService jobs) {
        this.processed = processed;
        this.jobs = jobs;
    }

    /** @return true when this event created the job */
    @Transactional
    public boolean handle(OrderConfirmed event) {
        return processed.markNew(event.eventId(), event.type()) && jobs.createIfAbsent(event);
    }
}
