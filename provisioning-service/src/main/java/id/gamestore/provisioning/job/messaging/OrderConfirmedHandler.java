package id.gamestore.provisioning.job.messaging;

import id.gamestore.provisioning.broker.ProcessedEvents;

import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code order.confirmed}: record the eventId, and create the order's job unless
 * it exists. A redelivery or a second copy of the event changes nothing.
 */
@ApplicationScoped
public class OrderConfirmedHandler {
    private final ProcessedEvents processed;
    private final JobStore jobs;

    public OrderConfirmedHandler(ProcessedEvents processed, JobStore jobs) {
        this.processed = processed;
        this.jobs = jobs;
    }

    /** @return true when this event created the job */
    @Transactional
    public boolean handle(OrderConfirmed event) {
        return processed.markNew(event.eventId(), event.type()) && jobs.createIfAbsent(event);
    }
}
