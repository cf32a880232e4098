package id.gamestore.provisioning.outbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import id.gamestore.support.concurrent.SerialRuns;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.smallrye.context.api.NamedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

/**
 * Publishes unsent outbox rows in order, a batch per transaction: nudged right after a transaction that wrote rows
 * commits, and every {@code poll-interval} as a fallback; one run at a time per instance, on a Quarkus-managed
 * executor. Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two instances never publish the same row at the
 * same time; a batch is confirmed by the broker together and marked sent in the same transaction, so a crash between
 * the confirms and the commit repeats a publish (consumers dedupe on eventId), never loses one. In that transaction
 * the sealed password leaves each row's payload ({@link OutboxPurge}); rows sent before that are swept once, on the
 * first run. A publish the broker returned as unroutable (no queue bound for it) is not sent: that row (and the rows
 * after it) stay, are tried again after {@code retry-delay}, and each return is counted in
 * {@code provisioning_outbox_returned_total}; the first return of a row is logged.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final EventPublisher publisher;
    private final OutboxPurge purge;
    private final OutboxConfig config;
    private final SerialRuns runs;
    private final Counter returned;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean stopped;
    private volatile boolean swept;

    public OutboxRelay(EntityManager em, EventPublisher publisher, OutboxPurge purge, OutboxConfig config,
            MeterRegistry registry, @ManagedExecutorConfig(maxAsync = 1, propagated = {},
                    cleared = ThreadContext.ALL_REMAINING) @NamedInstance("outbox-relay") ManagedExecutor executor) {
        this.em = em;
        this.publisher = publisher;
        this.purge = purge;
        this.config = config;
        this.runs = new SerialRuns(executor, this::drain);
        this.returned = Counter.builder("provisioning.outbox.returned")
                .description("Publishes the broker returned as unroutable (no queue bound); the row stays unsent")
                .register(registry);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        nudgeUnlessPaused();
    }

    @Scheduled(every = "${provisioning.outbox.poll-interval:1S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        nudgeUnlessPaused();
    }

    /** After a failed or returned publish, the relay waits {@code retry-delay} before it tries again. */
    private void nudgeUnlessPaused() {
        if (Instant.now().isAfter(pausedUntil)) {
            nudge();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        runs.stop();
    }

    /** Asks for a run; several nudges before it starts make one run, a nudge while one runs makes one more after it. */
    public void nudge() {
        runs.request();
    }

    private void drain() {
        if (!Instant.now().isAfter(pausedUntil)) {
            return;
        }
        try {
            sweepOnce();
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == config.batchSize() && !stopped);
        } catch (RuntimeException e) {
            pausedUntil = Instant.now().plus(config.retryDelay());
            LOG.warnf("outbox relay paused: %s", e.getMessage());
        }
    }

    private void sweepOnce() {
        if (!swept) {
            int n = purge.sweep();
            swept = true;
            if (n > 0) {
                LOG.infof("outbox: removed the sealed credential from %d rows sent earlier", n);
            }
        }
    }

    /** @return how many rows were published; fewer than a full batch also when one could not be */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("select * from outbox_event where sent_at is null order by id "
                + "limit ?1 for update skip locked", OutboxEvent.class).setParameter(1, config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        EventPublisher.Published published;
        try {
            published = publisher.publish(rows);
        } catch (IOException e) {
            OutboxEvent first = rows.get(0);
            first.attempts++;
            LOG.warnf("outbox: publishing %s %s failed, will retry: %s", first.type, first.eventId, e.getMessage());
            pausedUntil = Instant.now().plus(config.retryDelay());
            return 0;
        }
        Instant now = Instant.now();
        for (OutboxEvent row : rows.subList(0, published.taken())) {
            row.sentAt = now;
            OutboxPurge.purge(row, now);
        }
        if (published.returned() != null) {
            OutboxEvent row = rows.get(published.taken());
            returned.increment();
            if (row.attempts == 0) {
                LOG.warnf("outbox: %s %s kept unsent, will retry: %s", row.type, row.eventId,
                        published.returned().getMessage());
            }
            row.attempts++;
            pausedUntil = Instant.now().plus(config.retryDelay());
        }
        return published.taken();
    }
}
