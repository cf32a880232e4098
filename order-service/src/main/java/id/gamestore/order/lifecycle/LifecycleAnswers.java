package id.gamestore.order.lifecycle;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.order.catalog.PackageCatalog;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;
import id.gamestore.order.ordering.TimelineEntry;

/**
 * Applies provisioning-service's answer to a lifecycle action to the order (locked by the caller, in the transaction
 * that records the event as processed, so an answer is applied and told once): the new state, the timeline, and the
 * notice to the customer and/or the admin.
 */
@ApplicationScoped
public class LifecycleAnswers {
    private static final Logger LOG = Logger.getLogger(LifecycleAnswers.class);
    private static final String ACTOR = "provisioning-service";

    private final LifecycleSchedule schedule;
    private final Notices notices;
    private final PackageCatalog catalog;
    private final LifecycleClock clock;

    LifecycleAnswers(LifecycleSchedule schedule, Notices notices, PackageCatalog catalog, LifecycleClock clock) {
        this.schedule = schedule;
        this.notices = notices;
        this.catalog = catalog;
        this.clock = clock;
    }

    public void completed(Order order, LifecycleActionCompleted answer) {
        if (alreadyAnswered(order, answer.actionId())) {
            return;
        }
        ActionRecord record = finish(order, answer.actionId(), ActionRecord.Status.COMPLETED, answer.detail());
        Instant now = clock.now();
        switch (answer.action()) {
            case SUSPEND -> {
                order.serviceState = ServiceState.SUSPENDED;
                order.suspendedAt = now;
                order.terminatesAt = schedule.terminatesAt(order, now);
                order.terminationWarnedAt = null;
                schedule.reschedule(order, now);
                notices.send(order, LifecycleNotice.Kind.SUSPENDED, Notices.BOTH, null, null, null, null,
                        record == null ? null : record.reason);
            }
            case UNSUSPEND -> {
                order.serviceState = ServiceState.ACTIVE;
                order.suspendedAt = null;
                order.terminatesAt = null;
                order.terminationWarnedAt = null;
                schedule.newExpiry(order, order.expiresAt, now);
                notices.send(order, LifecycleNotice.Kind.UNSUSPENDED, Notices.CUSTOMER);
            }
            case TERMINATE -> {
                order.serviceState = ServiceState.TERMINATED;
                order.terminatedAt = now;
                order.lifecycleDueAt = null;
                notices.send(order, LifecycleNotice.Kind.TERMINATED, Notices.BOTH, null, null, null, null,
                        answer.detail());
            }
            case CHANGE_BUILD -> changed(order, record, answer);
        }
        TimelineEntry.lifecycle(order, answer.action() + "_DONE", ACTOR, answer.detail() == null
                ? answer.action().name().toLowerCase() + " done" : answer.detail(), answer.eventId()).persist();
        LOG.infof("order %s: %s done, service %s", order.id, answer.action(), order.serviceState);
    }

    public void failed(Order order, LifecycleActionFailed answer) {
        if (alreadyAnswered(order, answer.actionId())) {
            return;
        }
        ActionRecord record = finish(order, answer.actionId(), ActionRecord.Status.FAILED,
                answer.reason() + ": " + answer.adminDetail());
        Instant now = clock.now();
        TimelineEntry.lifecycle(order, answer.action() + "_FAILED", ACTOR, answer.reason() + ": "
                + answer.adminDetail(), answer.eventId()).persist();
        if (answer.action() == LifecycleAction.CHANGE_BUILD) {
            OrderChange change = record == null || record.changeId == null ? null : OrderChange.findById(record.changeId);
            if (change != null) {
                change.status = OrderChange.Status.REFUSED;
                change.detail = answer.reason() + ": " + answer.adminDetail();
                change.updatedAt = now;
            }
            notices.send(order, LifecycleNotice.Kind.CHANGE_REFUSED, Notices.BOTH, null,
                    change == null ? null : change.amount, change == null ? null : change.newPackageName,
                    change == null ? null : change.id, answer.reason() + ": " + answer.adminDetail());
        } else if ("SERVER_MISSING".equals(answer.reason())) {
            // deleted on the panel by hand: nothing left to suspend or restore
            order.serviceState = ServiceState.TERMINATED;
            order.terminatedAt = now;
            order.lifecycleDueAt = null;
            notices.send(order, LifecycleNotice.Kind.ACTION_FAILED, Notices.ADMIN, null, null, null, null,
                    answer.action() + " failed: the server is no longer on the panel; the order is marked terminated");
        } else {
            schedule.reschedule(order, now);
            if (order.lifecycleDueAt != null && order.lifecycleDueAt.isBefore(now)) {
                order.lifecycleDueAt = now.plus(schedule.actionRetry()); // a due suspension is asked again later
            }
            notices.send(order, LifecycleNotice.Kind.ACTION_FAILED, Notices.ADMIN, null, null, null, null,
                    answer.action() + " failed (" + answer.reason() + "): " + answer.adminDetail());
        }
        LOG.warnf("order %s: %s failed: %s", order.id, answer.action(), answer.reason());
    }

    private void changed(Order order, ActionRecord record, LifecycleActionCompleted answer) {
        OrderChange change = record == null || record.changeId == null ? null : OrderChange.findById(record.changeId);
        String code = answer.limits() != null ? answer.limits().packageCode()
                : change != null ? change.newPackageCode : order.packageCode;
        catalog.find(code).ifPresent(pkg -> {
            order.packageCode = pkg.code();
            order.packageName = pkg.name();
            order.pricePerMonth = pkg.pricePerMonth();
        });
        if (change != null) {
            change.status = OrderChange.Status.APPLIED;
            change.updatedAt = clock.now();
        }
        notices.send(order, LifecycleNotice.Kind.PACKAGE_CHANGED, Notices.CUSTOMER, null, null, order.packageName,
                change == null ? null : change.id, null);
    }

    /**
     * An answer to an action that is not ours or was answered before (the action was asked again and answered twice)
     * changes nothing and tells nobody.
     */
    private static boolean alreadyAnswered(Order order, String actionId) {
        ActionRecord record = ActionRecord.findById(actionId);
        if (record != null && record.orderId.equals(order.id) && record.status == ActionRecord.Status.REQUESTED) {
            return false;
        }
        LOG.infof("order %s: answer to action %s ignored (%s)", order.id, actionId,
                record == null ? "unknown action" : "already " + record.status);
        return true;
    }

    private ActionRecord finish(Order order, String actionId, ActionRecord.Status status, String detail) {
        ActionRecord record = ActionRecord.findById(actionId);
        if (record != null) {
            record.status = status;
            record.detail = detail == null ? record.detail : shorten(detail);
            record.finishedAt = clock.now();
        }
        if (actionId.equals(order.pendingActionId)) {
            order.pendingActionId = null;
        }
        return record;
    }

    private static String shorten(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
