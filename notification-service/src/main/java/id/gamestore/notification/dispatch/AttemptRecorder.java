package id.gamestore.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryAttempt;
import id.gamestore.notification.delivery.DeliveryMetrics;
import id.gamestore.notification.delivery.DeliveryService;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.receipt.EarlyReceipts;
import id.gamestore.notification.receipt.ReceiptService;

/**
 * Records one send attempt and moves the delivery on, in one transaction: accepted (then the receipts that arrived
 * before the send's answer are applied), a template needed, retried with backoff, or failed.
 */
@ApplicationScoped
public class AttemptRecorder {
    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    private final DeliveryService deliveries;
    private final EarlyReceipts earlyReceipts;
    private final ReceiptService receipts;
    private final DeliveryMetrics metrics;

    public AttemptRecorder(DeliveryService deliveries, EarlyReceipts earlyReceipts, ReceiptService receipts,
            DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.earlyReceipts = earlyReceipts;
        this.receipts = receipts;
        this.metrics = metrics;
    }

    @Transactional
    public void recordOutcome(UUID id, String channel, String mode, SendOutcome outcome, Instant startedAt) {
        Delivery d = deliveries.lock(id);
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
            if (deliveries.accepted(d, accepted.providerMessageId(), now)) {
                earlyReceipts.claim(accepted.providerMessageId()).forEach(r -> receipts.applyTo(d, r, now));
            }
        } else if (outcome instanceof SendOutcome.NeedsTemplate && !d.kind.freeForm()) {
            d.forceTemplate = true;
            d.nextAttemptAt = now;
        } else if (outcome instanceof SendOutcome.Retryable retryable) {
            deliveries.retryOrFail(d, retryable, now);
        } else if (d.state == DeliveryState.PENDING) {
            deliveries.fail(d, outcome.code() == null ? outcome.name() : outcome.name() + ":" + outcome.code(), now);
        }
        attempt.persist();
        LOG.infof("delivery %s %s attempt %d via %s/%s: %s%s", d.id, d.kind, d.attempts, channel, mode,
                outcome.name(), outcome.code() == null ? "" : " " + outcome.code());
    }
}
