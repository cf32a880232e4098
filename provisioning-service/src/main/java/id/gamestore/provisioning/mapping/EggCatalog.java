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
 * spend a panel request the rate budget cannot spare. A package without a nest (the plan's format gives only
 * {@code egg_id}) has its egg found by listing the nests' eggs once; that answer is cached the same way.
 */
@ApplicationScoped
public class EggCatalog {
    private static final Duration TTL = Duration.ofMinutes(10);

    private final PterodactylClient panel;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public EggCatalog(PterodactylClient panel) {
        this.panel = panel;
    }

    /** The egg; {@code nestId} 0 means "whichever nest it is in". */
    public Optional<PanelEgg> egg(long nestId, long eggId) {
        String key = nestId + "/" + eggId;
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return Optional.of(hit.egg());
        }
        Optional<PanelEgg> egg = nestId == 0 ? findInNests(eggId) : panel.egg(nestId, eggId);
        egg.ifPresentOrElse(e -> cache.put(key, new Cached(e, Instant.now().plus(TTL))), () -> cache.remove(key));
        return egg;
    }

    private Optional<PanelEgg> findInNests(long eggId) {
        for (long nest : panel.nestIds()) {
            for (PanelEgg egg : panel.eggs(nest)) {
                cache.put(nest + "/" + egg.id(), new Cached(egg, Instant.now().plus(TTL)));
                if (egg.id() == eggId) {
                    return Optional.of(egg);
                }
            }
        }
        return Optional.empty();
    }

    private record Cached(PanelEgg egg, Instant until) {
    }
}
