package id.gamestore.provisioning.outbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Publishes unsent outbox rows in order and marks each sent after the broker's confirm. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never publish the same row at the same time; a crash between the
 * confirm and the commit repeats a publish (consumers dedupe on eventId), never loses one. In the transaction that
 * marks a row sent, the sealed password leaves its payload ({@link OutboxPurge}); rows sent before that are swept
 * once when the relay starts. A publish the broker returned as unroutable (no queue bound for it) is not sent: the
 * row stays, is tried again after a pause, and is counted in {@code provisioning_outbox_returned_total}; the first
 * return of a row is logged.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    private static final long IDLE_MS = 100;
    private static final long ERROR_PAUSE_MS = 2000;

    private final EntityManager em;
    private final EventPublisher publisher;
    private final OutboxPurge purge;
    private final Counter returned;
    private volatile boolean running;
    /** Set by a batch that stopped at a row it could not publish: the relay waits before trying that row again. */
    private volatile boolean backOff;
    private boolean swept;
    private Thread thread;

    public OutboxRelay(EntityManager em, EventPublisher publisher, OutboxPurge purge, MeterRegistry registry) {
        this.em = em;
        this.publisher = publisher;
        this.purge = purge;
        this.returned = Counter.builder("provisioning.outbox.returned")
                .description("Publishes the broker returned as unroutable (no queue bound); the row stays unsent")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }

    private void loop() {
        while (running) {
            try {
                sweepOnce();
                backOff = false;
                if (relayBatch() == 0) {
                    Thread.sleep(backOff ? ERROR_PAUSE_MS : IDLE_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay paused: %s", e.getMessage());
                pause();
            }
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

    private static void pause() {
        try {
            Thread.sleep(ERROR_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return how many rows were published */
    @Transactional
    public int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery(
                "select * from outbox_event where sent_at is null order by id limit " + BATCH
                        + " for update skip locked", OutboxEvent.class).getResultList();
        int sent = 0;
        for (OutboxEvent row : rows) {
            try {
                publisher.publish(row);
            } catch (EventReturnedException e) {
                returned.increment();
                if (row.attempts == 0) {
                    LOG.warnf("outbox: %s %s kept unsent, will retry: %s", row.type, row.eventId, e.getMessage());
                }
                row.attempts++;
                backOff = true;
                return sent;
            } catch (IOException e) {
                row.attempts++;
                LOG.warnf("outbox: publishing %s %s failed, will retry: %s", row.type, row.eventId, e.getMessage());
                backOff = true;
                return sent;
            }
            row.sentAt = Instant.now();
            OutboxPurge.purge(row, row.sentAt);
            sent++;
        }
        return sent;
    }
}
