package id.gamestore.order.ordering;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.time.Clock;
import id.gamestore.support.logging.LogContext;
import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.error.Refused;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.outbox.OutboxEvent;
import id.gamestore.order.outbox.OutboxWritten;

/** The transaction boundary of the order's life: place, confirm, cancel. */
@ApplicationScoped
public class OrderService {
    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final EntityManager em;
    private final CustomerService customers;
    private final Event<OutboxWritten> outboxWritten;

    OrderService(EntityManager em, CustomerService customers, Event<OutboxWritten> outboxWritten) {
        this.em = em;
        this.customers = customers;
        this.outboxWritten = outboxWritten;
    }

    /** What a create call did: a new order, or the order an earlier call with the same Idempotency-Key made. */
    public record Placed(Order order, boolean replayed) {
    }

    @Transactional
    public Placed place(NewOrder request, String idempotencyKey) {
        String orderId = OrderIds.next();
        while (Order.findById(orderId) != null) {
            orderId = OrderIds.next();
        }
        if (idempotencyKey != null) {
            Placed earlier = claimKey(idempotencyKey, request.fingerprint(), orderId);
            if (earlier != null) {
                return earlier;
            }
        }
        var customer = customers.upsert(request.phone(), request.name(), request.email(), request.locale());
        Order order = new Order();
        order.id = orderId;
        order.customerId = customer.id;
        order.customerName = request.name();
        order.customerPhone = request.phone();
        order.customerEmail = request.email();
        order.locale = request.locale();
        order.packageCode = request.pkg().code();
        order.packageName = request.pkg().name();
        order.game = request.pkg().game();
        order.durationMonths = request.months();
        order.trialDuration = request.pkg().isTrial() ? request.pkg().trialDuration().toString() : null;
        order.pricePerMonth = request.pkg().pricePerMonth();
        order.totalPrice = request.pkg().pricePerMonth() * request.months();
        order.status = OrderStatus.PENDING;
        order.correlationId = UUID.randomUUID().toString();
        order.createdAt = Clock.now();
        order.updatedAt = order.createdAt;
        order.persist();
        TimelineEntry.status(order, "bot", "order placed", null).persist();
        LOG.infof("order %s placed for %s, package %s x %d months", order.id, customer.id, order.packageCode,
                order.durationMonths);
        return new Placed(order, false);
    }

    /**
     * Marks a pending order confirmed and writes its {@code order.confirmed} outbox row in the same transaction. A
     * confirmed order still on its way is returned as it is, and nothing new is published.
     */
    @Transactional
    public Order confirm(String orderId, String confirmedBy) {
        Order order = lock(orderId);
        if (order.status.isConfirmedAndInFlight()) {
            return order;
        }
        if (order.status != OrderStatus.PENDING) {
            throw illegal(order, "confirmed", "only a PENDING order can be confirmed");
        }
        order.status = OrderStatus.CONFIRMED;
        order.confirmedBy = confirmedBy;
        order.confirmedAt = Clock.now();
        order.updatedAt = order.confirmedAt;
        TimelineEntry.status(order, confirmedBy, "order confirmed", null).persist();
        OrderConfirmed event = OrderConfirmed.of(order.id, order.correlationId,
                new Customer(order.customerId, order.customerPhone, order.customerName, order.customerEmail,
                        order.locale),
                new PackageRef(order.packageCode, order.packageName, order.game, order.durationMonths,
                        order.totalPrice),
                confirmedBy);
        OutboxEvent.of(event, Topology.ORDERS_EXCHANGE).persist();
        outboxWritten.fire(new OutboxWritten(order.id));
        try (var ignored = LogContext.of(order.id, event.eventId(), order.correlationId)) {
            LOG.infof("order %s confirmed by %s", order.id, confirmedBy);
        }
        return order;
    }

    /** Cancels a pending order; cancelling a cancelled order returns it unchanged. */
    @Transactional
    public Order cancel(String orderId, String reason) {
        Order order = lock(orderId);
        if (order.status == OrderStatus.CANCELLED) {
            return order;
        }
        if (order.status != OrderStatus.PENDING) {
            throw illegal(order, "cancelled", "only a PENDING order can be cancelled");
        }
        order.status = OrderStatus.CANCELLED;
        order.cancelReason = reason;
        order.cancelledAt = Clock.now();
        order.updatedAt = order.cancelledAt;
        TimelineEntry.status(order, "admin", "order cancelled: " + reason, null).persist();
        LOG.infof("order %s cancelled", order.id);
        return order;
    }

    public Order get(String orderId) {
        Order order = Order.findById(OrderIds.canonical(orderId));
        if (order == null) {
            throw notFound(orderId);
        }
        return order;
    }

    private Placed claimKey(String key, String fingerprint, String orderId) {
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (idempotency_key, request_hash, order_id, created_at)
                values (:key, :hash, :orderId, now()) on conflict (idempotency_key) do nothing
                """).setParameter("key", key).setParameter("hash", fingerprint).setParameter("orderId", orderId)
                .executeUpdate();
        if (claimed == 1) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery(
                "select request_hash, order_id from idempotency_key where idempotency_key = :key")
                .setParameter("key", key).getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw new Refused(Refused.Kind.UNPROCESSABLE, ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was already used with a different request body", "Idempotency-Key");
        }
        return new Placed(Order.findById(row[1]), true);
    }

    private Order lock(String orderId) {
        Order order = Order.findById(OrderIds.canonical(orderId), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw notFound(orderId);
        }
        return order;
    }

    /** The refusal of an unknown order; also what a caller who may not see the order gets, so it learns nothing. */
    public static Refused notFound(String orderId) {
        String shown = OrderIds.isWellFormed(OrderIds.canonical(orderId)) ? OrderIds.canonical(orderId) : "with that id";
        return Refused.notFound(ErrorCodes.ORDER_NOT_FOUND, "no order " + shown);
    }

    private static Refused illegal(Order order, String verb, String rule) {
        return Refused.conflict(ErrorCodes.ILLEGAL_TRANSITION,
                "order " + order.id + " is " + order.status + " and cannot be " + verb + "; " + rule);
    }
}
