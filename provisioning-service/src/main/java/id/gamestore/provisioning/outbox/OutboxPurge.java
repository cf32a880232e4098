package id.gamestore.provisioning.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Takes the sealed password out of outbox rows the broker already confirmed: the relay calls {@link #purge} on each
 * row it marks sent (same transaction), and {@link #sweep} once when it starts, for rows sent before the purge
 * existed (or by an older instance during a rolling upgrade). The row, its type, order and timestamps stay.
 */
@ApplicationScoped
public class OutboxPurge {
    private static final int BATCH = 200;

    private final EntityManager em;

    public OutboxPurge(EntityManager em) {
        this.em = em;
    }

    /** Marks a confirmed row purged, without its sealed fields. */
    static void purge(OutboxEvent row, Instant now) {
        row.payload = SealedFields.redact(row.payload);
        row.purgedAt = now;
    }

    /** @return how many sent-but-unpurged rows it purged */
    public int sweep() {
        int total = 0;
        int n;
        do {
            n = sweepBatch();
            total += n;
        } while (n == BATCH);
        return total;
    }

    @Transactional
    int sweepBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("select * from outbox_event where sent_at is not null "
                + "and purged_at is null order by id limit " + BATCH + " for update skip locked", OutboxEvent.class)
                .getResultList();
        Instant now = Instant.now();
        rows.forEach(row -> purge(row, now));
        return rows.size();
    }
}
