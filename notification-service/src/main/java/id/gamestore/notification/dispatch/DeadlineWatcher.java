package id.gamestore.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

import id.gamestore.support.logging.LogContext;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryConfig;
import id.gamestore.notification.delivery.DeliveryService;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.pacing.RecipientPacer;
import id.gamestore.notification.receipt.EarlyReceipts;
import io.quarkus.scheduler.Scheduled;

/**
 * Falls back for messages sent but never confirmed delivered within the deadline (a phone that is off and a
 * customer who blocked us look the same), and purges stored bodies past their retention, pacing slots long past and
 * early receipts that never matched a send.
 */
@ApplicationScoped
public class DeadlineWatcher {
    private static final Logger LOG = Logger.getLogger(DeadlineWatcher.class);
    /** A pacing slot this old holds nobody back. */
    static final Duration PACING_KEPT = Duration.ofHours(1);
    /** A receipt held this long will not meet its send any more (a send call never stays open near this long). */
    static final Duration EARLY_RECEIPT_KEPT = Duration.ofDays(1);

    private final DeliveryConfig config;
    private final DeliveryService deliveries;
    private final DeliveryDispatcher dispatcher;
    private final RecipientPacer pacer;
    private final EarlyReceipts earlyReceipts;

    public DeadlineWatcher(DeliveryConfig config, DeliveryService deliveries, DeliveryDispatcher dispatcher,
            RecipientPacer pacer, EarlyReceipts earlyReceipts) {
        this.config = config;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.pacer = pacer;
        this.earlyReceipts = earlyReceipts;
    }

    @Scheduled(every = "${notification.delivery.deadline-check-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (failOverdue() > 0) {
            dispatcher.wake();
        }
        purgeExpiredBodies();
        purgeSharedState();
    }

    void purgeSharedState() {
        pacer.purge(PACING_KEPT);
        long dropped = earlyReceipts.purgeOlderThan(Instant.now().minus(EARLY_RECEIPT_KEPT));
        if (dropped > 0) {
            LOG.warnf("dropped %d receipts held for %s that matched no send", dropped, EARLY_RECEIPT_KEPT);
        }
    }

    @Transactional
    int failOverdue() {
        Instant now = Instant.now();
        List<Delivery> overdue = Delivery.<Delivery>find("state = ?1 and sentAt < ?2", DeliveryState.SENT,
                now.minus(config.deadlineDuration()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, 100).list();
        for (Delivery d : overdue) {
            try (var ignored = LogContext.of(d.orderId, d.eventId, d.correlationId)) {
                deliveries.fail(d, "NO_RECEIPT_BEFORE_DEADLINE", now);
            }
        }
        return overdue.size();
    }

    @Transactional
    void purgeExpiredBodies() {
        Instant now = Instant.now();
        List<Delivery> expired = Delivery.<Delivery>find("bodyEnvelope is not null and createdAt < ?1",
                now.minus(config.bodyRetentionDuration())).page(0, 500).list();
        expired.forEach(d -> d.purgeBody(now));
    }
}
