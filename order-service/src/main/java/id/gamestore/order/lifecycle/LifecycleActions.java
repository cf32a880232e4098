package id.gamestore.order.lifecycle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.TimelineEntry;
import id.gamestore.order.outbox.OutboxEvent;
import id.gamestore.order.outbox.OutboxWritten;

/**
 * Asks provisioning-service for a lifecycle action: one {@link ActionRecord} and its {@code lifecycle.action-requested}
 * in the outbox, in the caller's transaction, and the order remembers the action until it is answered (so nothing
 * else is asked meanwhile). Asking again re-publishes the same action id; provisioning-service runs an id once.
 */
@ApplicationScoped
public class LifecycleActions {
    private static final Logger LOG = Logger.getLogger(LifecycleActions.class);

    private final Event<OutboxWritten> outboxWritten;

    LifecycleActions(Event<OutboxWritten> outboxWritten) {
        this.outboxWritten = outboxWritten;
    }

    public ActionRecord request(Order order, LifecycleAction action, String requestedBy, String reason,
            String packageCode, Instant now) {
        return request(order, action, requestedBy, reason, packageCode, null, now);
    }

    public ActionRecord request(Order order, LifecycleAction action, String requestedBy, String reason,
            String packageCode, String changeId, Instant now) {
        ActionRecord record = new ActionRecord();
        record.id = LifecycleIds.next(LifecycleIds.ACTION);
        record.orderId = order.id;
        record.action = action;
        record.reason = reason;
        record.requestedBy = requestedBy;
        record.changeId = changeId;
        record.status = ActionRecord.Status.REQUESTED;
        record.detail = packageCode;
        record.createdAt = now;
        record.persist();
        order.pendingActionId = record.id;
        publish(order, record);
        TimelineEntry.lifecycle(order, action + "_REQUESTED", requestedBy, action.name().toLowerCase()
                + " requested (" + reason + ")", null).persist();
        LOG.infof("order %s: %s requested by %s (%s), action %s", order.id, action, requestedBy, reason, record.id);
        return record;
    }

    /** No answer came within LIFECYCLE_ACTION_RETRY: the same request once more. */
    public void askAgain(Order order, Instant now) {
        ActionRecord record = ActionRecord.findById(order.pendingActionId);
        if (record == null || record.status != ActionRecord.Status.REQUESTED) {
            order.pendingActionId = null;
            return;
        }
        LOG.warnf("order %s: no answer to %s %s yet; asking again", order.id, record.action, record.id);
        publish(order, record);
    }

    private void publish(Order order, ActionRecord record) {
        String packageCode = record.action == LifecycleAction.CHANGE_BUILD ? record.detail : order.packageCode;
        LifecycleActionRequested event = LifecycleActionRequested.of(order.id, order.correlationId, record.id,
                record.action, Notices.customer(order), order.serverId, order.serverIdentifier, packageCode,
                record.requestedBy, record.reason);
        OutboxEvent.of(event, Topology.ORDERS_EXCHANGE).persist();
        outboxWritten.fire(new OutboxWritten(order.id));
    }
}
