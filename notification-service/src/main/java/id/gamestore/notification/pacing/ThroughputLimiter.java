package id.gamestore.notification.pacing;

import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps WhatsApp sends under the business number's throughput (Meta: 80 messages per second by default) by
 * spacing them evenly, so a burst of completed orders queues for milliseconds here instead of being refused
 * with 130429 and waiting for a backoff.
 */
@ApplicationScoped
public class ThroughputLimiter {
    private final PacingConfig config;
    private long nextSlot = System.nanoTime();

    public ThroughputLimiter(PacingConfig config) {
        this.config = config;
    }

    /** Blocks the calling sender until its slot. */
    public void acquire() {
        long interval = 1_000_000_000L / Math.max(1, config.maxPerSecond());
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + interval;
            wait = slot - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
