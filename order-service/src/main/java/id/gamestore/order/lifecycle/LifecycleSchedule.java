package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;
import id.gamestore.order.ordering.TimelineEntry;

/**
 * What is due for one order at a given time, decided from its row alone, so that whichever instance claims the row
 * decides the same: the latest reminder whose time has come (earlier ones missed while the service was down are
 * skipped, none is sent twice), the suspension once the term plus grace is over, the last warning, the termination.
 * Every decision also sets {@code lifecycle_due_at}, the next time the row needs a look. Callers hold the row lock.
 */
@ApplicationScoped
public class LifecycleSchedule {
    private static final Logger LOG = Logger.getLogger(LifecycleSchedule.class);
    static final String ACTOR = "lifecycle";

    private final LifecycleConfig config;
    private final List<Duration> reminders;
    private final Notices notices;
    private final LifecycleActions actions;

    LifecycleSchedule(LifecycleConfig config, Notices notices, LifecycleActions actions) {
        this.config = config;
        this.reminders = Term.earliestFirst(config.reminders());
        this.notices = notices;
        this.actions = actions;
    }

    /** The term starts when the server is ready; reminders whose time is already past are not sent. */
    public void start(Order order, Instant completedAt, Instant now) {
        if (order.serviceState != null) {
            return;
        }
        // at the database's precision, so the timeline says what a later read shows
        order.expiresAt = Term.extend(completedAt, order.durationMonths, order.trialDuration, config.storeTimeZone())
                .truncatedTo(ChronoUnit.MICROS);
        order.serviceState = ServiceState.ACTIVE;
        order.remindersSent = Term.passed(reminders, order.expiresAt, now);
        reschedule(order, now);
        TimelineEntry.lifecycle(order, "TERM_STARTED", ACTOR, "term runs until " + order.expiresAt, null).persist();
    }

    /**
     * A new end of term (renewal, extension): reminders start again, except those already past. A suspended server's
     * deletion moves with it (and its last warning is owed again), so a renewal whose unsuspend fails on the panel
     * never leaves the paid-for server on the old deletion schedule.
     */
    public void newExpiry(Order order, Instant expiresAt, Instant now) {
        order.expiresAt = expiresAt;
        order.remindersSent = Term.passed(reminders, expiresAt, now);
        if (order.serviceState == ServiceState.SUSPENDED && order.suspendedAt != null) {
            order.terminatesAt = terminatesAt(order, order.suspendedAt);
            order.terminationWarnedAt = null;
        }
        reschedule(order, now);
    }

    /** Acts on what is due at {@code now}; the row is locked by the caller. */
    public void evaluate(Order order, Instant now) {
        if (order.pendingActionId != null) {
            // provisioning-service has not answered: ask again (same action id) after LIFECYCLE_ACTION_RETRY
            actions.askAgain(order, now);
            order.lifecycleDueAt = now.plus(config.actionRetry());
            return;
        }
        if (order.serviceState == ServiceState.ACTIVE) {
            active(order, now);
        } else if (order.serviceState == ServiceState.SUSPENDED) {
            suspended(order, now);
        } else {
            order.lifecycleDueAt = null;
        }
    }

    private void active(Order order, Instant now) {
        if (!now.isBefore(order.expiresAt.plus(config.grace()))) {
            actions.request(order, LifecycleAction.SUSPEND, ACTOR, "expired", null, now);
            order.lifecycleDueAt = now.plus(config.actionRetry());
            return;
        }
        int due = Term.passed(reminders, order.expiresAt, now);
        if (due > order.remindersSent) {
            order.remindersSent = due;
            notices.send(order, LifecycleNotice.Kind.REMINDER, Notices.CUSTOMER);
            TimelineEntry.lifecycle(order, "REMINDER", ACTOR, "reminder " + due + " of " + reminders.size()
                    + " sent: the term ends " + order.expiresAt, null).persist();
            LOG.infof("order %s: reminder %d sent, term ends %s", order.id, due, order.expiresAt);
        }
        reschedule(order, now);
    }

    private void suspended(Order order, Instant now) {
        if (order.terminatesAt == null) {
            order.lifecycleDueAt = null; // suspended by the admin within the term: nothing is scheduled
            return;
        }
        if (order.terminationWarnedAt == null) {
            if (now.isBefore(warnAt(order))) {
                order.lifecycleDueAt = warnAt(order);
                return;
            }
            order.terminationWarnedAt = now;
            order.terminatesAt = Term.latest(order.terminatesAt, now.plus(warningLead()));
            notices.send(order, LifecycleNotice.Kind.TERMINATION_WARNING, Notices.CUSTOMER);
            TimelineEntry.lifecycle(order, "TERMINATION_WARNING", ACTOR, "last warning sent: deleted at "
                    + order.terminatesAt + " unless renewed", null).persist();
            order.lifecycleDueAt = order.terminatesAt;
            return;
        }
        if (now.isBefore(order.terminatesAt)) {
            order.lifecycleDueAt = order.terminatesAt;
            return;
        }
        actions.request(order, LifecycleAction.TERMINATE, ACTOR, "suspended since " + order.suspendedAt
                + " and not renewed", null, now);
        order.lifecycleDueAt = now.plus(config.actionRetry());
    }

    /** Sets when the row needs its next look, from its state alone. */
    public void reschedule(Order order, Instant now) {
        if (order.serviceState == ServiceState.ACTIVE) {
            order.lifecycleDueAt = Term.earliest(Term.nextReminder(reminders, order.remindersSent, order.expiresAt),
                    order.expiresAt.plus(config.grace()));
        } else if (order.serviceState == ServiceState.SUSPENDED && order.terminatesAt != null) {
            order.lifecycleDueAt = order.terminationWarnedAt == null ? warnAt(order) : order.terminatesAt;
        } else {
            order.lifecycleDueAt = null;
        }
    }

    /** A server suspended now is deleted at this time, unless renewed. */
    public Instant terminatesAt(Order order, Instant suspendedAt) {
        return Term.terminatesAt(suspendedAt, order.expiresAt, config.grace(), config.terminateAfter());
    }

    public Duration actionRetry() {
        return config.actionRetry();
    }

    private Instant warnAt(Order order) {
        return order.terminatesAt.minus(warningLead());
    }

    /** The last warning's lead: LIFECYCLE_TERMINATION_WARNING, at most the whole suspension. */
    private Duration warningLead() {
        Duration w = config.terminationWarning();
        return w.compareTo(config.terminateAfter()) > 0 ? config.terminateAfter() : w;
    }
}
