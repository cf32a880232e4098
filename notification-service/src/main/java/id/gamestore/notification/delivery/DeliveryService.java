package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.support.retry.Backoff;

/** The transitions of a delivery after a send: attempts, retry schedule, failure and hand-over to the fallback. */
@ApplicationScoped
public class DeliveryService {
    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    DeliveryConfig config;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    Event<DeliveryFailed> failed;
    @Inject
    EarlyReceipts earlyReceipts;

    @Transactional
    public void postpone(UUID id, Duration wait) {
        Delivery d = lock(id);
        if (d != null && d.state == DeliveryState.PENDING) {
            d.nextAttemptAt = Instant.now().plus(wait);
        }
    }

    /** Records one attempt and moves the delivery on. Answers the receipts that had arrived before the send's answer. */
    @Transactional
    public void recordOutcome(UUID id, String channel, String mode, SendOutcome outcome, Instant startedAt) {
        Delivery d = lock(id);
        if (d == null) {
            return;
        }
        Instant now = Instant.now();
        d.attempts++;
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = d.id;
        attempt.attemptNo = d.attempts;
        attempt.channel = channel;
        attempt.mode = mode;
        attempt.outcome = outcome.name();
        attempt.providerCode = outcome.code();
        attempt.startedAt = startedAt;
        attempt.durationMs = Duration.between(startedAt, now).toMillis();
        metrics.attempt(channel, outcome.name());
        d.channel = channel;
        d.updatedAt = now;
        if (outcome instanceof SendOutcome.Accepted accepted) {
            attempt.providerMessageId = accepted.providerMessageId();
            accepted(d, accepted.providerMessageId(), now);
        } else if (outcome instanceof SendOutcome.NeedsTemplate) {
            d.forceTemplate = true;
            d.nextAttemptAt = now;
        } else if (outcome instanceof SendOutcome.Retryable retryable) {
            retryOrFail(d, retryable, now);
        } else if (d.state == DeliveryState.PENDING) {
            fail(d, outcome.code() == null ? outcome.name() : outcome.name() + ":" + outcome.code(), now);
        }
        attempt.persist();
        LOG.infof("delivery %s %s attempt %d via %s/%s: %s%s", d.id, d.kind, d.attempts, channel, mode,
                outcome.name(), outcome.code() == null ? "" : " " + outcome.code());
    }

    private void accepted(Delivery d, String providerMessageId, Instant now) {
        if (d.state != DeliveryState.PENDING) {
            if (d.providerMessageId == null) {
                d.providerMessageId = providerMessageId;
            }
            return;
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
        earlyReceipts.claim(providerMessageId).forEach(r -> ReceiptService.applyTo(d, r, this, metrics, now));
    }

    void retryOrFail(Delivery d, SendOutcome.Retryable retryable, Instant now) {
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
    void fail(Delivery d, String code, Instant now) {
        d.state = DeliveryState.FAILED;
        d.failedAt = now;
        d.failureCode = code;
        d.nextAttemptAt = null;
        d.updatedAt = now;
        metrics.reached(d, DeliveryState.FAILED);
        failed.fire(new DeliveryFailed(d));
        d.purgeBody(now);
        if (d.fallback == null && d.kind.isWhatsApp() && !d.kind.toCustomer()) {
            metrics.unrecoverable(d);
            LOG.errorf("admin alert %s for order %s could not be delivered (%s): check the channel and "
                    + "GET /api/admin/deliveries?orderId=%s", d.id, d.orderId, code, d.orderId);
        } else {
            LOG.warnf("delivery %s %s failed (%s); fallback: %s", d.id, d.kind, code,
                    d.fallback == null ? "none" : d.fallback);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Delivery lock(UUID id) {
        return Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static boolean isAmbiguous(String code) {
        return "TIMEOUT".equals(code) || "IO_ERROR".equals(code);
    }
}
