package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.gamestore.notification.common.Phones;

/** Keeps messages to one WhatsApp number at least {@code recipientSpacing} apart (Meta's pair rate limit). */
@ApplicationScoped
public class RecipientPacer {
    @Inject
    DeliveryConfig config;

    private final Map<String, Instant> lastSend = new ConcurrentHashMap<>();

    /** Takes the recipient's slot now and answers zero, or answers how long to wait for it. */
    public Duration reserve(String phone, Instant now) {
        Duration[] wait = {Duration.ZERO};
        lastSend.compute(Phones.digits(phone), (k, last) -> {
            if (last != null) {
                Instant free = last.plus(config.recipientSpacing());
                if (free.isAfter(now)) {
                    wait[0] = Duration.between(now, free);
                    return last;
                }
            }
            return now;
        });
        if (lastSend.size() > 10_000) {
            Instant horizon = now.minus(config.recipientSpacing());
            lastSend.values().removeIf(t -> t.isBefore(horizon));
        }
        return wait[0];
    }
}
