package id.gamestore.order.reset;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.time.Clock;
import id.gamestore.support.logging.LogContext;
import id.gamestore.order.error.Refused;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderIds;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.TimelineEntry;
import id.gamestore.order.outbox.OutboxEvent;
import id.gamestore.order.outbox.OutboxWritten;

/**
 * The transaction boundary of password resets ("resend login": the panel password is never stored, so a new one is
 * set). A request writes its row, a timeline entry and the {@code credentials.reset-requested} outbox row in one
 * transaction; provisioning-service's answer moves the request to COMPLETED or FAILED. The order's status never
 * changes.
 */
@ApplicationScoped
public class PasswordResetService {
    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);
    public static final String REQUESTED = "PASSWORD_RESET_REQUESTED";
    public static final String COMPLETED = "PASSWORD_RESET_COMPLETED";
    public static final String FAILED = "PASSWORD_RESET_FAILED";
    public static final String CUSTOMER = "customer";
    private static final String PROVISIONING = "provisioning-service";

    private final PasswordResetConfig config;
    private final Event<OutboxWritten> outboxWritten;

    PasswordResetService(PasswordResetConfig config, Event<OutboxWritten> outboxWritten) {
        this.config = config;
        this.outboxWritten = outboxWritten;
    }

    /** A request, and whether it is an earlier one returned again because it was inside the minimum interval. */
    public record Requested(PasswordResetRequest request, boolean repeated) {
    }

    /**
     * @param customerPhone the E.164 phone the bot says is asking, or null for an admin; a phone that is not the
     *                      order's customer gets the same 404 as an unknown order
     * @param requestedBy   {@code customer} or {@code admin:<name>}
     */
    @Transactional
    public Requested request(String orderId, String customerPhone, String requestedBy) {
        // The lock serialises two requests for one order, so "at most one per interval" holds under concurrency.
        Order order = Order.findById(OrderIds.canonical(orderId), LockModeType.PESSIMISTIC_WRITE);
        if (order == null || customerPhone != null && !customerPhone.equals(order.customerPhone)) {
            throw OrderService.notFound(orderId);
        }
        if (order.status != OrderStatus.COMPLETED) {
            throw Refused.conflict(ErrorCodes.ORDER_NOT_COMPLETED, "order " + order.id + " is " + order.status
                    + "; a new login can be sent only for a COMPLETED order");
        }
        Optional<PasswordResetRequest> recent = PasswordResetRequest.latestSince(order.id,
                Clock.now().minus(config.minInterval()));
        if (recent.isPresent()) {
            LOG.infof("password reset of order %s asked again by %s within %s: %s returned", order.id, requestedBy,
                    config.minInterval(), recent.get().requestId);
            return new Requested(recent.get(), true);
        }
        PasswordResetRequest request = new PasswordResetRequest();
        request.requestId = newId();
        request.orderId = order.id;
        request.requestedBy = requestedBy;
        request.status = PasswordResetStatus.REQUESTED;
        request.createdAt = Clock.now();
        request.updatedAt = request.createdAt;
        request.persist();
        TimelineEntry.passwordReset(order.id, REQUESTED, requestedBy, "new login requested (" + request.requestId
                + ")", null).persist();
        CredentialsResetRequested event = CredentialsResetRequested.of(order.id, order.correlationId,
                request.requestId, new Customer(order.customerId, order.customerPhone, order.customerName,
                        order.customerEmail, order.locale),
                requestedBy);
        OutboxEvent.of(event, Topology.ORDERS_EXCHANGE).persist();
        outboxWritten.fire(new OutboxWritten(order.id));
        try (var ignored = LogContext.of(order.id, event.eventId(), order.correlationId)) {
            LOG.infof("password reset %s of order %s requested by %s", request.requestId, order.id, requestedBy);
        }
        return new Requested(request, false);
    }

    /** A request of that order; an unknown id, or one of another order, is 404. */
    public PasswordResetRequest get(String orderId, String requestId) {
        String id = PasswordResetIds.canonical(requestId);
        PasswordResetRequest request = PasswordResetRequest.findById(id);
        if (request == null || !request.orderId.equals(OrderIds.canonical(orderId))) {
            throw Refused.notFound(ErrorCodes.PASSWORD_RESET_NOT_FOUND, "no password reset "
                    + (PasswordResetIds.isWellFormed(id) ? id : "with that id") + " for order "
                    + (OrderIds.isWellFormed(OrderIds.canonical(orderId)) ? OrderIds.canonical(orderId) : "with that id"));
        }
        return request;
    }

    /** provisioning-service set the new password; notification-service sends it. Joins the consumer's transaction. */
    @Transactional
    public void completed(CredentialsReset event) {
        PasswordResetRequest request = lock(event.orderId(), event.requestId());
        if (request == null) {
            unknownRequest(event.orderId(), event.requestId(), COMPLETED, event);
            return;
        }
        if (request.status != PasswordResetStatus.COMPLETED) {
            request.status = PasswordResetStatus.COMPLETED;
            request.failureReason = null;
            request.updatedAt = Clock.now();
        }
        TimelineEntry.passwordReset(event.orderId(), COMPLETED, PROVISIONING, "new password set for panel user "
                + event.username() + ", login sent to the customer (" + request.requestId + ")", event.eventId())
                .persist();
        LOG.infof("password reset %s completed", request.requestId);
    }

    /** The reset could not be done; the customer is told by notification-service. */
    @Transactional
    public void failed(CredentialsResetFailed event) {
        PasswordResetRequest request = lock(event.orderId(), event.requestId());
        if (request == null) {
            unknownRequest(event.orderId(), event.requestId(), FAILED, event);
            return;
        }
        String what = shorten(event.reason() + ": " + event.adminDetail());
        if (request.status == PasswordResetStatus.COMPLETED) {
            // A failure that arrives after the success (a redelivered older attempt) does not undo it.
            TimelineEntry.passwordReset(event.orderId(), FAILED, PROVISIONING, "late failure ignored, "
                    + request.requestId + " is COMPLETED: " + what, event.eventId()).persist();
            LOG.warnf("password reset %s failed after it completed; kept COMPLETED", request.requestId);
            return;
        }
        request.status = PasswordResetStatus.FAILED;
        request.failureReason = event.reason();
        request.updatedAt = Clock.now();
        TimelineEntry.passwordReset(event.orderId(), FAILED, PROVISIONING, "new login NOT sent ("
                + request.requestId + "): " + what, event.eventId()).persist();
        LOG.warnf("password reset %s failed: %s", request.requestId, event.reason());
    }

    /** @return the request, or null when there is none of that id for that order */
    private static PasswordResetRequest lock(String orderId, String requestId) {
        PasswordResetRequest request = requestId == null ? null
                : PasswordResetRequest.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        return request == null || !request.orderId.equals(orderId) ? null : request;
    }

    /** An answer to a request this service has no row for: kept on the timeline for the admin, nothing else. */
    private static void unknownRequest(String orderId, String requestId, String what, DomainEvent event) {
        TimelineEntry.passwordReset(orderId, what, PROVISIONING, event.type() + " for unknown request " + requestId,
                event.eventId()).persist();
        LOG.warnf("%s for unknown password reset request %s", event.type(), requestId);
    }

    /** Timeline messages hold at most 2000 characters; an admin detail may be longer. */
    private static String shorten(String text) {
        return text.length() > 1800 ? text.substring(0, 1800) + "..." : text;
    }

    private static String newId() {
        String id = PasswordResetIds.next();
        while (PasswordResetRequest.findById(id) != null) {
            id = PasswordResetIds.next();
        }
        return id;
    }
}
