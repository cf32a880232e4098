package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderIds;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.ServiceState;
import id.gamestore.order.ordering.TimelineEntry;

/**
 * The admin's hand on a server's term: suspend, unsuspend, terminate now, extend by days (goodwill); and the checks
 * every lifecycle request shares (the order is provisioned, is the caller's, is not deleted, has nothing in flight).
 */
@ApplicationScoped
public class LifecycleTerms {
    private final LifecycleSchedule schedule;
    private final LifecycleActions actions;
    private final Notices notices;
    private final LifecycleConfig config;
    private final LifecycleClock clock;

    LifecycleTerms(LifecycleSchedule schedule, LifecycleActions actions, Notices notices, LifecycleConfig config,
            LifecycleClock clock) {
        this.schedule = schedule;
        this.actions = actions;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(dontRollbackOn = Refused.class)
    public Order suspend(String orderId, String by) {
        Order order = lockProvisioned(orderId, null);
        if (order.serviceState == ServiceState.SUSPENDED) {
            return order;
        }
        requireActive(order);
        actions.request(order, LifecycleAction.SUSPEND, by, "suspended by the admin", null, clock.now());
        return order;
    }

    @Transactional(dontRollbackOn = Refused.class)
    public Order unsuspend(String orderId, String by) {
        Order order = lockProvisioned(orderId, null);
        if (order.serviceState == ServiceState.ACTIVE) {
            return order;
        }
        requireNoAction(order);
        if (order.serviceState != ServiceState.SUSPENDED) {
            throw serverDeleted(order);
        }
        Instant now = clock.now();
        if (!now.isBefore(order.expiresAt.plus(config.grace()))) {
            throw Refused.conflict(ErrorCodes.TERM_EXPIRED, "the term of order " + order.id + " ended at "
                    + order.expiresAt + "; extend or renew it, which also unsuspends the server");
        }
        actions.request(order, LifecycleAction.UNSUSPEND, by, "unsuspended by the admin", null, now);
        return order;
    }

    @Transactional(dontRollbackOn = Refused.class)
    public Order terminate(String orderId, String by) {
        Order order = lockProvisioned(orderId, null);
        if (order.serviceState == ServiceState.TERMINATED) {
            return order;
        }
        requireNoAction(order);
        actions.request(order, LifecycleAction.TERMINATE, by, "terminated by the admin", null, clock.now());
        return order;
    }

    /** Goodwill: the term ends {@code days} later; a suspended server whose new term is not over runs again. */
    @Transactional(dontRollbackOn = Refused.class)
    public Order extend(String orderId, Integer days, String by) {
        if (days == null) {
            throw Refused.required("days");
        }
        if (days < 1 || days > 366) {
            throw Refused.invalid(ErrorCodes.INVALID_DAYS, "days", "days must be a whole number from 1 to 366");
        }
        Order order = lockProvisioned(orderId, null);
        if (order.serviceState == ServiceState.TERMINATED) {
            throw serverDeleted(order);
        }
        Instant now = clock.now();
        schedule.newExpiry(order, order.expiresAt.plus(Duration.ofDays(days)), now);
        TimelineEntry.lifecycle(order, "EXTENDED", by, "term extended by " + days + " days to " + order.expiresAt,
                null).persist();
        notices.send(order, LifecycleNotice.Kind.EXTENDED, Notices.CUSTOMER);
        if (now.isBefore(order.expiresAt.plus(config.grace()))) {
            restoreIfSuspended(order, by, "extended by " + days + " days", now);
        }
        return order;
    }

    /** A suspended server (or one whose suspension is on its way) is asked back after a renewal or extension. */
    void restoreIfSuspended(Order order, String by, String reason, Instant now) {
        ActionRecord pending = order.pendingActionId == null ? null : ActionRecord.findById(order.pendingActionId);
        boolean suspending = pending != null && pending.action == LifecycleAction.SUSPEND;
        if (order.serviceState == ServiceState.SUSPENDED || suspending) {
            actions.request(order, LifecycleAction.UNSUSPEND, by, reason, null, now);
        }
    }

    /**
     * The order, locked, when it is provisioned and (for a customer) theirs; anyone else's order is refused like an
     * unknown one, so a customer learns nothing about other orders.
     */
    Order lockProvisioned(String orderId, String phone) {
        Order order = Order.findById(OrderIds.canonical(orderId), LockModeType.PESSIMISTIC_WRITE);
        if (order == null || phone != null && !phone.equals(order.customerPhone)) {
            throw OrderService.notFound(orderId);
        }
        if (order.status != OrderStatus.COMPLETED || order.serviceState == null) {
            throw Refused.conflict(ErrorCodes.ORDER_NOT_COMPLETED, "order " + order.id + " is " + order.status
                    + "; only a provisioned (COMPLETED) order has a server term");
        }
        return order;
    }

    void requireActive(Order order) {
        if (order.serviceState == ServiceState.TERMINATED) {
            throw serverDeleted(order);
        }
        if (order.serviceState != ServiceState.ACTIVE) {
            throw Refused.conflict(ErrorCodes.ILLEGAL_TRANSITION, "the server of order " + order.id + " is "
                    + order.serviceState + "; renew or unsuspend it first");
        }
        requireNoAction(order);
    }

    /** A renewal cannot save a server whose deletion is already on its way to the panel. */
    void requireNotTerminating(Order order) {
        ActionRecord pending = order.pendingActionId == null ? null : ActionRecord.findById(order.pendingActionId);
        if (pending != null && pending.action == LifecycleAction.TERMINATE) {
            throw Refused.conflict(ErrorCodes.ACTION_IN_PROGRESS, "the server of order " + order.id
                    + " is being deleted (" + pending.id + "); after that a renewal is a new order");
        }
    }

    /** The refusal of anything asked of a server that was deleted: only a new order brings one back. */
    static Refused serverDeleted(Order order) {
        return Refused.conflict(ErrorCodes.SERVER_TERMINATED, "the server of order " + order.id
                + " was deleted; place a new order");
    }

    private static void requireNoAction(Order order) {
        if (order.pendingActionId != null) {
            ActionRecord pending = ActionRecord.findById(order.pendingActionId);
            throw Refused.conflict(ErrorCodes.ACTION_IN_PROGRESS, "order " + order.id + " waits for "
                    + (pending == null ? "an action" : pending.action + " " + pending.id)
                    + " on the panel; try again when it is done");
        }
    }
}
