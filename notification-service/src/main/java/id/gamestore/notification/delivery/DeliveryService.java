package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.support.retry.Backoff;

/**
 * The transitions of a delivery after a send or a receipt: acceptance, retry schedule, failure and hand-over to the
 * fallback. The dispatcher records attempts through it, the receipts move deliveries on through it.
 */
@ApplicationScoped
public class DeliveryService {
    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final DeliveryConfig config;
    private final DeliveryMetrics metrics;
    private final Event<DeliveryFailed> failed;

    public DeliveryService(DeliveryConfig config, DeliveryMetrics metrics, Event<DeliveryFailed> failed) {
        this.config = config;
        this.metrics = metrics;
        this.failed = failed;
    }

    @Transactional
    public void postpone(UUID id, Duration wait) {
        Delivery d = lock(id);
        if (d != null && d.state == DeliveryState.PENDING) {
            d.nextAttemptAt = Instant.now().plus(wait);
        }
    }

    /**
     * The channel took the message. Answers true when this moved a PENDING delivery to SENT (then receipts that
     * arrived before the send's answer may be applied); false when the delivery had moved on already.
     */
    public boolean accepted(Delivery d, String providerMessageId, Instant now) {
        if (d.state != DeliveryState.PENDING) {
            if (d.providerMessageId == null) {
                d.providerMessageId = providerMessageId;
            }
            return false;
        }
        d.providerMessageId = providerMessageId;
        d.nextAttemptAt = null;
        d.state = DeliveryState.SENT;
        d.sentAt = now;
        metrics.reached(d, DeliveryState.SENT);
        if (d.kind == MessageKind.FALLBACK_EMAIL) {
            // an SMTP server's acceptance is all email ever tells us
            d.state = DeliveryState.DELIVERED;
            d.deliveredAt = now;
            d.purgeBody(now);
            metrics.reached(d, DeliveryState.DELIVERED);
        }
        return true;
    }

    /** Schedules the next try with backoff, or fails the delivery when it is out of tries or time. */
    public void retryOrFail(Delivery d, SendOutcome.Retryable retryable, Instant now) {
        if (d.state != DeliveryState.PENDING) {
            return;
        }
        boolean outOfTime = d.createdAt.plus(config.deadlineDuration()).isBefore(now);
        if (d.attempts >= config.maxAttempts() || outOfTime) {
            fail(d, "RETRIES_EXHAUSTED:" + retryable.code(), now);
            return;
        }
        Duration wait = Backoff.delay(d.attempts, config.backoffBase(), config.backoffMax());
        if (retryable.suggestedDelay() != null && retryable.suggestedDelay().compareTo(wait) > 0) {
            wait = retryable.suggestedDelay();
        }
        if (isAmbiguous(retryable.code()) && config.ambiguousGrace().compareTo(wait) > 0) {
            wait = config.ambiguousGrace();
        }
        d.nextAttemptAt = now.plus(wait);
    }

    /** Fails the delivery for good and lets the fallback take over, then drops the body. */
    public void fail(Delivery d, String code, Instant now) {
        d.state = DeliveryState.FAILED;
        d.failedAt = now;
        d.failureCode = code;
        d.nextAttemptAt = null;
        d.updatedAt = now;
        metrics.reached(d, DeliveryState.FAILED);
        failed.fire(new DeliveryFailed(d));
        d.purgeBody(now);
        if (d.fallback == null && d.kind.toAdmin()) {
            metrics.unrecoverable(d);
            LOG.errorf("admin message %s for order %s could not be delivered (%s): check the channel and "
                    + "GET /api/admin/deliveries?orderId=%s", d.id, d.orderId, code, d.orderId);
        } else {
            LOG.warnf("delivery %s %s failed (%s); fallback: %s", d.id, d.kind, code,
                    d.fallback == null ? "none" : d.fallback);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery lock(UUID id) {
        return Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static boolean isAmbiguous(String code) {
        return "TIMEOUT".equals(code) || "IO_ERROR".equals(code);
    }
}
