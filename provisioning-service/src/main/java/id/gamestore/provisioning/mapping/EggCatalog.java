package id.gamestore.provisioning.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.gamestore.provisioning.pterodactyl.PanelEgg;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Eggs with their variables, cached for ten minutes: eggs change rarely, and re-reading one per provision would
 * spend a panel request the rate budget cannot spare.
 */
@ApplicationScoped
public class EggCatalog {
    private static final Duration TTL = Duration.ofMinutes(10);

    private final PterodactylClient panel;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public EggCatalog(PterodactylClient panel) {
        this.panel = panel;
    }

    public Optional<PanelEgg> egg(long nestId, long eggId) {
        String key = nestId + "/" + eggId;
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return Optional.of(hit.egg());
        }
        Optional<PanelEgg> egg = panel.egg(nestId, eggId);
        egg.ifPresentOrElse(e -> cache.put(key, new Cached(e, Instant.now().plus(TTL))), () -> cache.remove(key));
        return egg;
    }

    private record Cached(PanelEgg egg, Instant until) {
    }
}
