package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Receipts that name a provider message id we have not stored yet: a gateway without a callback field can post
 * its first ack before our send call has returned. Kept for two minutes and applied when the id is recorded.
 */
@ApplicationScoped
public class EarlyReceipts {
    private static final Duration KEEP = Duration.ofMinutes(2);

    private record Held(Receipt receipt, Instant at) {
    }

    private final Map<String, List<Held>> held = new ConcurrentHashMap<>();

    void hold(Receipt receipt) {
        Instant now = Instant.now();
        held.compute(receipt.providerMessageId(), (k, list) -> {
            List<Held> l = list == null ? new ArrayList<>() : list;
            l.add(new Held(receipt, now));
            return l;
        });
        if (held.size() > 1000) {
            Instant horizon = now.minus(KEEP);
            held.values().removeIf(l -> l.stream().allMatch(h -> h.at().isBefore(horizon)));
        }
    }

    List<Receipt> claim(String providerMessageId) {
        List<Held> list = held.remove(providerMessageId);
        return list == null ? List.of() : list.stream().map(Held::receipt).toList();
    }
}
