package id.gamestore.sandbox.whatsapp.cloud;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The Cloud face's two limits: messages per second per business number (130429) and the pair rate limit, one
 * message per {@code pairSpacing} to the same recipient after a burst of {@code pairBurst} (131056). A refused
 * call uses no quota.
 */
public final class RateLimits {
    /** The limits' figures. */
    public record Limits(int messagesPerSecond, Duration pairSpacing, int pairBurst) {
    }

    private final Limits options;
    private final Clock clock;
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final Map<String, double[]> pairBuckets = new HashMap<>();

    public RateLimits(Limits options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Checks both limits and, when both pass, takes one unit of each. */
    public synchronized GraphError tryAcquire(String waId) {
        long now = clock.millis();
        while (!lastSecond.isEmpty() && lastSecond.peekFirst() <= now - 1000) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= options.messagesPerSecond()) {
            return GraphError.whatsapp(400, 130429, "Rate limit hit", "Cloud API message throughput ("
                    + options.messagesPerSecond() + " messages per second) has been reached.");
        }
        double spacing = Math.max(1, options.pairSpacing().toMillis());
        double burst = Math.max(1, options.pairBurst());
        double[] bucket = pairBuckets.computeIfAbsent(waId, k -> new double[] {burst, now});
        bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / spacing);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return GraphError.whatsapp(400, 131056, "(Business Account, Consumer Account) pair rate limit hit",
                    "Message failed to send because there were too many messages sent from this phone number to "
                            + "the same phone number in a short period of time.");
        }
        bucket[0] -= 1;
        lastSecond.addLast(now);
        return null;
    }

    public synchronized void reset() {
        lastSecond.clear();
        pairBuckets.clear();
    }
}
