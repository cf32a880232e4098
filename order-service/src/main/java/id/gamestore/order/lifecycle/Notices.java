package id.gamestore.order.lifecycle;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.outbox.OutboxEvent;
import id.gamestore.order.outbox.OutboxWritten;

/**
 * Writes a {@code lifecycle.notice} to the outbox in the caller's transaction, so a notice goes out exactly when the
 * change it tells of commits, and once: notification-service sends each eventId once per recipient.
 */
@ApplicationScoped
public class Notices {
    public static final List<String> CUSTOMER = List.of(LifecycleNotice.CUSTOMER);
    public static final List<String> ADMIN = List.of(LifecycleNotice.ADMIN);
    public static final List<String> BOTH = List.of(LifecycleNotice.CUSTOMER, LifecycleNotice.ADMIN);

    private final LifecycleConfig config;
    private final Event<OutboxWritten> outboxWritten;

    Notices(LifecycleConfig config, Event<OutboxWritten> outboxWritten) {
        this.config = config;
        this.outboxWritten = outboxWritten;
    }

    /** A notice about one order, with its term's times as they are now. */
    public LifecycleNotice send(Order order, LifecycleNotice.Kind kind, List<String> audience, Integer months,
            Long amount, String newPackage, String changeId, String detail) {
        Instant suspendsAt = order.expiresAt == null ? null : order.expiresAt.plus(config.grace());
        LifecycleNotice notice = LifecycleNotice.of(order.id, order.correlationId, kind, audience, customer(order),
                new LifecycleNotice.NoticeServer(order.serverIdentifier, order.serverName, order.serverAddress,
                        order.packageName),
                order.expiresAt, suspendsAt, order.terminatesAt, months, amount, newPackage, changeId,
                config.storeTimeZone().getId(), List.of(), detail);
        write(notice);
        return notice;
    }

    public LifecycleNotice send(Order order, LifecycleNotice.Kind kind, List<String> audience) {
        return send(order, kind, audience, null, null, null, null, null);
    }

    /** The admin's list of what expires soon ({@code orderId} {@code DIGEST-<day>}). */
    public LifecycleNotice digest(String day, List<LifecycleNotice.ExpiringItem> items) {
        LifecycleNotice notice = LifecycleNotice.of("DIGEST-" + day, "digest-" + day,
                LifecycleNotice.Kind.EXPIRING_DIGEST, ADMIN, null, null, null, null, null, null, null, null, null,
                config.storeTimeZone().getId(), items, null);
        write(notice);
        return notice;
    }

    private void write(LifecycleNotice notice) {
        OutboxEvent.of(notice, Topology.ORDERS_EXCHANGE).persist();
        outboxWritten.fire(new OutboxWritten(notice.orderId()));
    }

    static Customer customer(Order order) {
        return new Customer(order.customerId, order.customerPhone, order.customerName, order.customerEmail,
                order.locale);
    }
}
