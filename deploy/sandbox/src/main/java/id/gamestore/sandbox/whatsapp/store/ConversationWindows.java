package id.gamestore.sandbox.whatsapp.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The 24-hour customer-service window per recipient, opened each time the customer writes. */
public final class ConversationWindows {
    public static final Duration LENGTH = Duration.ofHours(24);

    private final Map<String, Instant> lastInbound = new ConcurrentHashMap<>();
    private final Clock clock;

    public ConversationWindows(Clock clock) {
        this.clock = clock;
    }

    public void open(String phone) {
        lastInbound.put(Phones.digits(phone), clock.instant());
    }

    public boolean isOpen(String phone) {
        Instant last = lastInbound.get(Phones.digits(phone));
        return last != null && last.plus(LENGTH).isAfter(clock.instant());
    }

    public void clear() {
        lastInbound.clear();
    }
}
