package id.gamestore.sandbox.panel.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Laravel's fixed window: the counter starts at the first hit of a bucket and resets one window later. */
public final class RateLimiter {
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private volatile long windowMillis;

    public RateLimiter(long windowMillis) {
        this(windowMillis, System::currentTimeMillis);
    }

    public RateLimiter(long windowMillis, LongSupplier clock) {
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    public void setWindowMillis(long windowMillis) {
        this.windowMillis = windowMillis;
        windows.clear();
    }

    public long windowMillis() {
        return windowMillis;
    }

    public void reset() {
        windows.clear();
    }

    /** Counts one hit in {@code bucket}. */
    public Decision hit(String bucket, int limit) {
        long now = clock.getAsLong();
        Window w = windows.compute(bucket, (k, old) -> {
            Window cur = old == null || now >= old.resetAt ? new Window(now + windowMillis) : old;
            cur.hits++;
            return cur;
        });
        synchronized (w) {
            long retryAfterSeconds = Math.max(1, (w.resetAt - now + 999) / 1000);
            long resetEpoch = (w.resetAt + 999) / 1000;
            boolean allowed = w.hits <= limit;
            int remaining = (int) Math.max(0, limit - w.hits);
            return new Decision(allowed, limit, remaining, retryAfterSeconds, resetEpoch);
        }
    }

    /** The outcome of one hit. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetEpochSeconds) {
    }

    private static final class Window {
        final long resetAt;
        long hits;

        Window(long resetAt) {
            this.resetAt = resetAt;
        }
    }
}
