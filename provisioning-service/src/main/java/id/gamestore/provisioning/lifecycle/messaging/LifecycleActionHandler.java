package id.gamestore.provisioning.lifecycle.messaging;

import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.provisioning.broker.ProcessedEvents;
import id.gamestore.provisioning.lifecycle.LifecycleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional work behind one {@code lifecycle.action-requested}: record the eventId and store the PENDING
 * action. A redelivery (same eventId) or a republish of the same action (same actionId, new eventId) changes
 * nothing, so the panel is acted on once per action.
 */
@ApplicationScoped
public class LifecycleActionHandler {
    private final ProcessedEvents processed;
    private final LifecycleStore actions;

    public LifecycleActionHandler(ProcessedEvents processed, LifecycleStore actions) {
        this.processed = processed;
        this.actions = actions;
    }

    /** @return true when this event stored a new action */
    @Transactional
    public boolean handle(LifecycleActionRequested event) {
        return processed.markNew(event.eventId(), event.type()) && actions.addPending(event);
    }
}
