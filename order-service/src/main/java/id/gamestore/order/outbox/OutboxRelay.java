package id.gamestore.order.outbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.gamestore.order.outbox.OutboxPublisher.PendingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes unsent outbox rows. Runs on one thread of its own: nudged right after a transaction that wrote rows
 * commits, and every poll interval. Each batch is locked with {@code FOR UPDATE SKIP LOCKED} (a second instance skips
 * rows being published), published with publisher confirms, and marked sent in the same transaction only after the
 * confirms; on any failure the transaction rolls back and the rows wait for the next run. A crash between confirm
 * and commit publishes a row twice, never zero times; consumers dedupe on eventId.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;
    @Inject
    OutboxPublisher publisher;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;

    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService executor;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean brokerDown;
    private Counter published;
    private Counter failures;

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        published = registry.counter("outbox.published");
        failures = registry.counter("outbox.publish.failures");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (Instant.now().isAfter(pausedUntil)) {
            nudge();
        }
    }

    @Scheduled(every = "${order.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        nudge();
    }

    /** Asks for a run; several nudges before it starts make one run. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    private void drain() {
        queued.set(false);
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == config.batchSize());
            if (brokerDown) {
                brokerDown = false;
                LOG.info("outbox publishing again");
            }
        } catch (RuntimeException e) {
            failures.increment();
            pausedUntil = Instant.now().plus(config.retryDelay());
            if (!brokerDown) {
                brokerDown = true;
                LOG.warnf("outbox cannot publish, rows wait and are retried: %s", rootMessage(e));
            }
        }
    }

    private int publishBatch() throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, aggregate_id, exchange, type, payload from outbox_event
                where sent_at is null order by created_at limit :limit for update skip locked
                """).setParameter("limit", config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<PendingEvent> batch = rows.stream().map(r -> new PendingEvent((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4])).toList();
        publisher.publishConfirmed(batch);
        em.createNativeQuery("update outbox_event set sent_at = now() where id in (:ids)")
                .setParameter("ids", batch.stream().map(PendingEvent::id).toList())
                .executeUpdate();
        published.increment(batch.size());
        if (LOG.isDebugEnabled()) {
            batch.forEach(e -> LOG.debugf("published %s eventId=%s orderId=%s", e.type(), e.id(), e.aggregateId()));
        }
        return batch.size();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
