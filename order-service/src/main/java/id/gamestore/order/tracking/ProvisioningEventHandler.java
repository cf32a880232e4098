package id.gamestore.order.tracking;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.order.lifecycle.LifecycleAnswers;
import id.gamestore.order.lifecycle.LifecycleClock;
import id.gamestore.order.lifecycle.LifecycleSchedule;
import id.gamestore.order.time.Clock;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.TimelineEntry;
import id.gamestore.order.reset.PasswordResetService;

/**
 * Applies one provisioning event to its order in one transaction: first records the eventId (a replay stops there),
 * then moves the status and appends to the timeline. The answers to a password reset ({@code credentials.reset},
 * {@code credentials.reset-failed}) go to {@link PasswordResetService} and leave the order alone. A completed order's
 * term starts with the server-ready event's time; the answers to lifecycle actions go to {@link LifecycleAnswers}. Keeps the server's
 * id, identifier, address and the panel username for the admin view; never a password or its envelope.
 */
@ApplicationScoped
public class ProvisioningEventHandler {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventHandler.class);
    private static final String ACTOR = "provisioning-service";

    private final EntityManager em;
    private final PasswordResetService resets;
    private final LifecycleSchedule schedule;
    private final LifecycleAnswers answers;
    private final LifecycleClock clock;

    ProvisioningEventHandler(EntityManager em, PasswordResetService resets, LifecycleSchedule schedule,
            LifecycleAnswers answers, LifecycleClock clock) {
        this.em = em;
        this.resets = resets;
        this.schedule = schedule;
        this.answers = answers;
        this.clock = clock;
    }

    /** @return false when the event was seen before and nothing changed */
    @Transactional
    public boolean handle(DomainEvent event) {
        int fresh = em.createNativeQuery("""
                insert into processed_event (event_id, type, order_id, processed_at)
                values (:id, :type, :orderId, now()) on conflict (event_id) do nothing
                """).setParameter("id", event.eventId()).setParameter("type", event.type())
                .setParameter("orderId", event.orderId()).executeUpdate();
        if (fresh == 0) {
            LOG.infof("%s already processed, skipped", event.type());
            return false;
        }
        if (event instanceof CredentialsReset || event instanceof CredentialsResetFailed) {
            if (Order.findById(event.orderId()) == null) {
                throw new UnknownOrderException(event.orderId());
            }
            if (event instanceof CredentialsReset r) {
                resets.completed(r);
            } else {
                resets.failed((CredentialsResetFailed) event);
            }
            return true;
        }
        Order order = Order.findById(event.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new UnknownOrderException(event.orderId());
        }
        if (event instanceof ProvisioningStarted) {
            move(order, OrderStatus.PROVISIONING, "provisioning started", event);
        } else if (event instanceof ProvisioningProgress p) {
            if (order.status == OrderStatus.CONFIRMED) {
                move(order, OrderStatus.PROVISIONING, "provisioning started", event);
            }
            TimelineEntry.step(order, p.step(), p.stepIndex(), p.totalSteps(), p.message(), p.eventId()).persist();
        } else if (event instanceof ProvisioningCompleted c) {
            keepServer(order, c);
            move(order, OrderStatus.COMPLETED, "server ready: " + order.serverAddress, event);
            if (order.status == OrderStatus.COMPLETED) {
                schedule.start(order, c.occurredAt(), clock.now());
            }
        } else if (event instanceof LifecycleActionCompleted done) {
            answers.completed(order, done);
        } else if (event instanceof LifecycleActionFailed failed) {
            answers.failed(order, failed);
        } else if (event instanceof ProvisioningFailed f) {
            order.failureReason = f.reason() == null ? null : f.reason().name();
            order.failedStep = f.failedStep();
            order.failureMessage = f.customerMessage();
            order.failureDetail = f.adminDetail();
            move(order, OrderStatus.FAILED, "provisioning failed: " + order.failureReason + " at " + f.failedStep()
                    + (f.compensated() ? " (partial work undone)" : " (partial work NOT undone)"), event);
        }
        order.updatedAt = Clock.now();
        LOG.infof("%s applied, order now %s", event.type(), order.status);
        return true;
    }

    private void move(Order order, OrderStatus target, String message, DomainEvent event) {
        if (order.status == target) {
            return;
        }
        if (!order.status.mayBecomeByProvisioning(target)) {
            TimelineEntry.status(order, ACTOR, event.type() + " ignored for a " + order.status + " order",
                    event.eventId()).persist();
            LOG.warnf("%s does not move a %s order", event.type(), order.status);
            return;
        }
        order.status = target;
        TimelineEntry.status(order, ACTOR, message, event.eventId()).persist();
    }

    private static void keepServer(Order order, ProvisioningCompleted c) {
        if (c.server() != null) {
            order.serverId = c.server().id();
            order.serverIdentifier = c.server().identifier();
            order.serverName = c.server().name();
            order.serverAddress = c.server().ip() + ":" + c.server().port();
        }
        if (c.panel() != null) {
            order.panelUrl = c.panel().url();
            order.panelUsername = c.panel().username();
        }
    }
}
