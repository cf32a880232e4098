package id.gamestore.notification.receipt;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.notification.channel.ReceiptErrors;
import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.support.logging.LogContext;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryMetrics;
import id.gamestore.notification.delivery.DeliveryService;
import id.gamestore.notification.delivery.DeliveryState;

/**
 * Applies delivery receipts. State only moves forward: duplicates and late, out-of-order receipts change nothing;
 * a DELIVERED or READ receipt even revives a FAILED delivery (the message did arrive).
 */
@ApplicationScoped
public class ReceiptService {
    private static final Logger LOG = Logger.getLogger(ReceiptService.class);

    private final DeliveryService deliveries;
    private final EarlyReceipts early;
    private final DeliveryMetrics metrics;

    public ReceiptService(DeliveryService deliveries, EarlyReceipts early, DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.early = early;
        this.metrics = metrics;
    }

    /** @return false when no delivery matches (the receipt is held, for any instance, in case the send call is still open) */
    @Transactional
    public boolean apply(Receipt receipt) {
        Delivery d = null;
        if (receipt.deliveryId() != null) {
            d = deliveries.lock(receipt.deliveryId());
        }
        if (d == null && receipt.providerMessageId() != null) {
            // serializes with the send that records this id (EarlyReceipts): either it committed and we find the
            // delivery below, or our held receipt commits before it looks for held ones
            early.lock(receipt.providerMessageId());
            d = Delivery.<Delivery>find("providerMessageId", receipt.providerMessageId())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }
        if (d == null) {
            if (receipt.providerMessageId() != null) {
                early.hold(receipt);
            }
            return false;
        }
        if (receipt.status() == Receipt.Status.FAILED && d.state == DeliveryState.PENDING
                && receipt.providerMessageId() != null) {
            // the send call has not returned yet: apply it once that message id is recorded
            early.hold(receipt);
            return true;
        }
        try (var ignored = LogContext.of(d.orderId, d.eventId, d.correlationId)) {
            applyTo(d, receipt, Instant.now());
        }
        return true;
    }

    /** Moves the delivery on by one receipt, inside the caller's transaction (the delivery is locked). */
    public void applyTo(Delivery d, Receipt receipt, Instant now) {
        switch (receipt.status()) {
            case SENT -> {
                if (d.state == DeliveryState.PENDING) {
                    d.state = DeliveryState.SENT;
                    d.sentAt = now;
                    d.nextAttemptAt = null;
                    d.providerMessageId = d.providerMessageId == null ? receipt.providerMessageId()
                            : d.providerMessageId;
                    metrics.reached(d, DeliveryState.SENT);
                }
            }
            case DELIVERED, READ -> arrived(d, receipt, metrics, now);
            case FAILED -> failedReceipt(d, receipt, deliveries, now);
        }
        d.updatedAt = now;
    }

    private static void arrived(Delivery d, Receipt receipt, DeliveryMetrics metrics, Instant now) {
        DeliveryState target = receipt.status() == Receipt.Status.READ ? DeliveryState.READ : DeliveryState.DELIVERED;
        boolean forward = d.state == DeliveryState.FAILED || target.rank() > d.state.rank();
        if (!forward) {
            return;
        }
        if (d.sentAt == null) {
            d.sentAt = now;
            metrics.reached(d, DeliveryState.SENT);
        }
        if (d.deliveredAt == null) {
            d.deliveredAt = now;
            metrics.reached(d, DeliveryState.DELIVERED);
        }
        if (target == DeliveryState.READ && d.readAt == null) {
            d.readAt = now;
            metrics.reached(d, DeliveryState.READ);
        }
        d.state = target;
        d.nextAttemptAt = null;
        if (d.providerMessageId == null) {
            d.providerMessageId = receipt.providerMessageId();
        }
        d.purgeBody(now);
    }

    private static void failedReceipt(Delivery d, Receipt receipt, DeliveryService service, Instant now) {
        boolean stale = d.providerMessageId != null && receipt.providerMessageId() != null
                && !d.providerMessageId.equals(receipt.providerMessageId());
        if (stale || d.state != DeliveryState.SENT) {
            // only the message currently out can fail: a PENDING delivery is already being retried (and may be
            // in flight under its lease), an arrived, failed or superseded one is settled
            return;
        }
        SendOutcome outcome = receipt.errorCode() == null ? new SendOutcome.Undeliverable("FAILED_RECEIPT")
                : ReceiptErrors.classify(receipt.errorCode());
        LOG.infof("delivery %s: failed receipt %s (%s)", d.id, receipt.errorCode(), outcome.name());
        if (outcome instanceof SendOutcome.NeedsTemplate && !d.kind.freeForm()) {
            d.state = DeliveryState.PENDING;
            d.forceTemplate = true;
            d.providerMessageId = null;
            d.nextAttemptAt = now;
        } else if (outcome instanceof SendOutcome.Retryable retryable) {
            d.state = DeliveryState.PENDING;
            d.providerMessageId = null;
            service.retryOrFail(d, retryable, now);
        } else {
            service.fail(d, "RECEIPT_" + outcome.name() + ":" + outcome.code(), now);
        }
    }
}
