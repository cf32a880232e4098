package id.gamestore.provisioning.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.gamestore.provisioning.pterodactyl.PanelServer;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Install status without a client key: one application request ({@code GET servers?filter[uuidShort]=a,b,...},
 * up to 100 servers) answers every job of this process waiting for an install, instead of one request per job and
 * poll. A status read less than {@link #FRESH} ago is reused, so however many servers install at once the wait
 * costs at most one list request per {@code FRESH} (per 100 servers) from the application budget.
 */
@ApplicationScoped
public class InstallBatch {
    /** How long one list answer serves the jobs that ask after it. */
    static final Duration FRESH = Duration.ofSeconds(3);
    /** A job that stopped asking (it ended, or moved to another instance) is dropped from the list after this. */
    private static final Duration FORGET = Duration.ofMinutes(2);
    private static final int PER_REQUEST = 100;

    /** What the panel said of one server: {@code present} false = no such server; {@code status} null = installed. */
    record Seen(boolean present, String status, Instant at) {
    }

    private final PterodactylClient panel;
    private final Map<String, Instant> watched = new ConcurrentHashMap<>();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public InstallBatch(PterodactylClient panel) {
        this.panel = panel;
    }

    /** The server's install status, from a list answer at most {@link #FRESH} old. */
    Seen status(String identifier) {
        watched.put(identifier, Instant.now());
        Seen known = fresh(identifier);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = fresh(identifier);
            if (known == null) {
                read();
                known = seen.get(identifier);
            }
            return known;
        }
    }

    private Seen fresh(String identifier) {
        Seen known = seen.get(identifier);
        return known != null && known.at().isAfter(Instant.now().minus(FRESH)) ? known : null;
    }

    /** The job stopped waiting for this server. */
    void done(String identifier) {
        watched.remove(identifier);
        seen.remove(identifier);
    }

    private void read() {
        Instant cutoff = Instant.now().minus(FORGET);
        watched.entrySet().removeIf(e -> e.getValue().isBefore(cutoff));
        List<String> all = new ArrayList<>(watched.keySet());
        for (int from = 0; from < all.size(); from += PER_REQUEST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + PER_REQUEST));
            Instant at = Instant.now();
            Map<String, PanelServer> found = new HashMap<>();
            for (PanelServer s : panel.serversByIdentifiers(chunk)) {
                found.put(s.identifier(), s);
            }
            for (String id : chunk) {
                PanelServer s = found.get(id);
                seen.put(id, new Seen(s != null, s == null ? null : s.status(), at));
            }
        }
        seen.keySet().retainAll(watched.keySet());
    }
}
