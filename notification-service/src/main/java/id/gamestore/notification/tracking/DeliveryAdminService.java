package id.gamestore.notification.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryAttempt;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.support.rest.ApiException;

/** Reads and admin actions on deliveries: an order's deliveries with their attempts, resend, statistics. */
@ApplicationScoped
public class DeliveryAdminService {
    private final EntityManager em;

    public DeliveryAdminService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<DeliveryView> forOrder(String orderId) {
        List<Delivery> deliveries = Delivery.list("orderId = ?1 order by createdAt", orderId);
        return deliveries.stream().map(d -> DeliveryView.of(d, attempts(d.id))).toList();
    }

    /**
     * Puts a finished delivery back in the queue, due now.
     *
     * @throws ResendRefused when there is no such delivery, it is pending already, or its body was purged
     */
    @Transactional
    public DeliveryView resend(UUID id) {
        Delivery d = Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResendRefused(ResendRefused.Reason.NOT_FOUND, "DELIVERY_NOT_FOUND", "no delivery " + id, "id");
        }
        if (d.state == DeliveryState.PENDING) {
            throw new ResendRefused(ResendRefused.Reason.CONFLICT, "ALREADY_PENDING", "the delivery is already waiting to be sent", "state");
        }
        if (d.bodyEnvelope == null) {
            throw new ResendRefused(ResendRefused.Reason.CONFLICT, "BODY_PURGED", "the message body was purged (delivered or past retention); "
                    + "reset the password through order-service (POST /api/admin/orders/{orderId}/password-reset), "
                    + "which issues a new password and a new message", "id");
        }
        Instant now = Instant.now();
        d.state = DeliveryState.PENDING;
        d.nextAttemptAt = now;
        d.forceTemplate = false;
        d.providerMessageId = null;
        d.sentAt = null;
        d.deliveredAt = null;
        d.readAt = null;
        d.failedAt = null;
        d.failureCode = null;
        d.createdAt = now;
        d.updatedAt = now;
        return DeliveryView.of(d, attempts(d.id));
    }

    @Transactional
    public DeliveryStats stats(Instant since) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*),
                  count(*) filter (where state = 'PENDING'),
                  count(*) filter (where sent_at is not null),
                  count(*) filter (where delivered_at is not null),
                  count(*) filter (where read_at is not null),
                  count(*) filter (where state = 'FAILED'),
                  count(*) filter (where fallback is not null),
                  percentile_cont(0.5) within group (order by extract(epoch from sent_at - event_occurred_at))
                    filter (where sent_at is not null and kind in ('SERVER_READY', 'SERVER_READY_RETURNING')),
                  percentile_cont(0.95) within group (order by extract(epoch from sent_at - event_occurred_at))
                    filter (where sent_at is not null and kind in ('SERVER_READY', 'SERVER_READY_RETURNING')),
                  percentile_cont(0.5) within group (order by extract(epoch from delivered_at - event_occurred_at))
                    filter (where delivered_at is not null and kind in ('SERVER_READY', 'SERVER_READY_RETURNING')),
                  percentile_cont(0.95) within group (order by extract(epoch from delivered_at - event_occurred_at))
                    filter (where delivered_at is not null and kind in ('SERVER_READY', 'SERVER_READY_RETURNING'))
                from delivery where created_at >= ?1
                """).setParameter(1, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .getSingleResult();
        return new DeliveryStats(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]), count(row[6]), millis(row[7]), millis(row[8]), millis(row[9]), millis(row[10]));
    }

    private static List<AttemptView> attempts(UUID deliveryId) {
        List<DeliveryAttempt> attempts = DeliveryAttempt.list("deliveryId = ?1 order by attemptNo", deliveryId);
        return attempts.stream().map(AttemptView::of).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long millis(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() * 1000);
    }
}
