package id.gamestore.order.outbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.gamestore.order.outbox.OutboxPublisher.PendingEvent;
import id.gamestore.support.concurrent.SerialRuns;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes unsent outbox rows, one run at a time on Quarkus's managed worker pool: nudged right after a transaction
 * that wrote rows commits, and every poll interval; nudges while a run is going make one more run after it. Each batch is locked with {@code FOR UPDATE SKIP LOCKED} (a second instance skips
 * rows being published), published with publisher confirms, and marked sent in the same transaction only after the
 * confirms; on any failure the transaction rolls back and the rows wait for the next run. A crash between confirm
 * and commit publishes a row twice, never zero times; consumers dedupe on eventId.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final SerialRuns runs;
    private final Counter published;
    private final Counter failures;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean brokerDown;

    /** @param executor Quarkus's managed worker pool (started and shut down with the application) */
    OutboxRelay(EntityManager em, OutboxPublisher publisher, OutboxConfig config, MeterRegistry registry,
            ExecutorService executor) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
        this.runs = new SerialRuns(executor, this::drain);
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.publish.failures");
    }

    @PreDestroy
    void stop() {
        runs.stop();
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

    /** Asks for a run; several nudges before it starts make one run, nudges during a run one more after it. */
    public void nudge() {
        runs.request();
    }

    private void drain() {
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
