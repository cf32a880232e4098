package id.gamestore.provisioning.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.mapping.MappingProblem;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The last check of the panel, the client key and the resource mapping, run at start-up and then at most once per
 * {@code READINESS_CACHE} (health probes, metric scrapes and the admin API read the cached {@link Snapshot}, so they
 * never eat the panel's rate budget). Package problems are kept from the last check that could read the panel, so a
 * panel blip does not make every package look broken. Problems are logged one line each whenever they change.
 */
@ApplicationScoped
public class MappingStatus {
    private static final Logger LOG = Logger.getLogger(MappingStatus.class);

    private final MappingValidator validator;
    private final ResourceMapping mapping;
    private final PterodactylClient panel;
    private final PanelConfig panelConfig;
    private final ReadinessCacheConfig config;
    private final ReadinessConfig readiness;
    /** How soon the panel is checked again after a check skipped for want of the database. */
    private static final java.time.Duration DATABASE_RETRY = java.time.Duration.ofSeconds(5);
    private volatile boolean databaseAway;
    private volatile Instant retryAt = Instant.EPOCH;
    private volatile Snapshot snapshot = new Snapshot(null, 0, null, List.of(), ClientKeyState.NOT_NEEDED, 0,
            Instant.EPOCH);

    /**
     * One check's outcome.
     *
     * @param panelProblem        why the panel could not be used at the last check, or null
     * @param panelFailures       consecutive checks that found the panel unreachable or the key refused
     * @param packagesCheckedAt   when the packages were last validated against the panel, or null (never yet)
     * @param packageProblems     what that validation found per package (plus client-key problems)
     * @param clientKeyFailures   consecutive checks that found the client key refused or the client API unreachable
     */
    public record Snapshot(MappingProblem panelProblem, int panelFailures, Instant packagesCheckedAt,
            List<MappingProblem> packageProblems, ClientKeyState clientKey, int clientKeyFailures,
            Instant checkedAt) {

        /** {@code UP}, {@code UNREACHABLE} or {@code KEY_REJECTED}; {@code NOT_CHECKED} before the first check. */
        public String panel() {
            if (checkedAt.equals(Instant.EPOCH)) {
                return "NOT_CHECKED";
            }
            if (panelProblem == null) {
                return "UP";
            }
            return panelProblem.kind() == MappingProblem.Kind.PANEL_KEY_REJECTED ? "KEY_REJECTED" : "UNREACHABLE";
        }

        public List<MappingProblem> problemsOf(String packageCode) {
            return packageProblems.stream().filter(p -> packageCode.equals(p.packageCode())).toList();
        }
    }

    public MappingStatus(MappingValidator validator, ResourceMapping mapping, PterodactylClient panel,
            PanelConfig panelConfig, ReadinessCacheConfig config, ReadinessConfig readiness) {
        this.validator = validator;
        this.mapping = mapping;
        this.panel = panel;
        this.panelConfig = panelConfig;
        this.config = config;
        this.readiness = readiness;
    }

    void onStart(@Observes StartupEvent event) {
        Snapshot s = refresh();
        if (s.panelProblem() == null && s.packageProblems().isEmpty()) {
            LOG.info("resource mapping validated against the panel");
        }
    }

    /**
     * The last check, refreshed first when it is older than {@code READINESS_CACHE}. Callers that arrive while another
     * one refreshes wait for that refresh and use it: one stale snapshot is refreshed once, so a slow panel answer
     * counts as one failed check, not one per waiting probe.
     */
    public Snapshot current() {
        Snapshot seen = snapshot;
        Instant now = Instant.now();
        if (seen.checkedAt().plus(config.readinessCache()).isBefore(now) || databaseAway && retryAt.isBefore(now)) {
            refreshIfStill(seen, now);
        }
        return snapshot;
    }

    private synchronized void refreshIfStill(Snapshot seen, Instant asOf) {
        boolean stillStale = snapshot == seen && (!databaseAway || retryAt.isBefore(asOf));
        if (stillStale) {
            refresh();
        }
    }

    /** The last check as it is, without asking the panel (for metric scrapes). */
    public Snapshot cached() {
        return snapshot;
    }

    public int failureThreshold() {
        return Math.max(1, readiness.panelFailures());
    }

    /** True when nothing the package needs is known to be wrong (and it is in the resource mapping). */
    public boolean buildable(String packageCode) {
        return mapping.find(packageCode).isPresent() && snapshot.problemsOf(packageCode).isEmpty();
    }

    public synchronized Snapshot refresh() {
        Snapshot before = snapshot;
        List<MappingProblem> found;
        ClientKeyState clientKey;
        try {
            found = validator.validate();
            clientKey = clientKey();
        } catch (PanelException e) {
            if (!e.neverReachedPanel()) {
                throw e;
            }
            // Our database (the rate budget) is away, not the panel: that is the database check's DOWN, not a failed
            // panel check. Keep what the last check found and look again within seconds, not a cache period later.
            if (!databaseAway) {
                LOG.warn("readiness: panel check skipped, the rate budget in this service's database is unavailable");
            }
            databaseAway = true;
            retryAt = Instant.now().plus(DATABASE_RETRY);
            return before;
        }
        databaseAway = false;
        Optional<MappingProblem> panelProblem = found.stream().filter(p -> p.kind().concernsPanel()).findFirst();
        int clientKeyFailures = clientKey == ClientKeyState.REFUSED || clientKey == ClientKeyState.UNREACHABLE
                ? before.clientKeyFailures() + 1 : 0;
        Snapshot next;
        if (panelProblem.isPresent()) {
            next = new Snapshot(panelProblem.get(), before.panelFailures() + 1, before.packagesCheckedAt(),
                    withClientKey(before.packageProblems().stream().filter(p -> !p.kind().concernsClientKey())
                            .toList(), clientKey, clientKeyFailures),
                    clientKey, clientKeyFailures, Instant.now());
        } else {
            next = new Snapshot(null, 0, Instant.now(), withClientKey(found, clientKey, clientKeyFailures), clientKey,
                    clientKeyFailures, Instant.now());
        }
        log(before, next);
        snapshot = next;
        return next;
    }

    /** Packages with initial files cannot be built while the client key is missing or refused for good. */
    private List<MappingProblem> withClientKey(List<MappingProblem> problems, ClientKeyState clientKey,
            int clientKeyFailures) {
        boolean unusable = clientKey == ClientKeyState.MISSING
                || clientKey == ClientKeyState.REFUSED && clientKeyFailures >= failureThreshold();
        if (!unusable) {
            return List.copyOf(problems);
        }
        List<MappingProblem> all = new ArrayList<>(problems);
        for (String code : mapping.all().keySet()) {
            if (mapping.writesFiles(code)) {
                all.add(MappingProblem.clientKey(code, clientKey == ClientKeyState.MISSING
                        ? "files: written through the client API, and PTERODACTYL_CLIENT_API_KEY is not set"
                        : "files: written through the client API, and the panel refuses PTERODACTYL_CLIENT_API_KEY"));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Only initial files (and the start signal sent after them) go through the client API while provisioning; a
     * package without files auto-starts through {@code start_on_completion} on the application API.
     */
    boolean clientKeyNeeded() {
        return mapping.all().keySet().stream().anyMatch(mapping::writesFiles);
    }

    private ClientKeyState clientKey() {
        if (!clientKeyNeeded()) {
            return ClientKeyState.NOT_NEEDED;
        }
        if (panelConfig.clientApiKey().filter(k -> !k.isBlank()).isEmpty()) {
            return ClientKeyState.MISSING;
        }
        try {
            panel.clientAccount();
            return ClientKeyState.UP;
        } catch (PanelException e) {
            if (e.neverReachedPanel()) {
                throw e;
            }
            return e.status() == 401 || e.status() == 403 ? ClientKeyState.REFUSED : ClientKeyState.UNREACHABLE;
        }
    }

    private static void log(Snapshot before, Snapshot next) {
        if (next.panelProblem() != null && (before.panelProblem() == null
                || before.panelProblem().kind() != next.panelProblem().kind())) {
            LOG.errorf("readiness: %s", next.panelProblem().detail());
        } else if (next.panelProblem() == null && before.panelProblem() != null) {
            LOG.infof("readiness: the panel answers again after %d failed check(s)", before.panelFailures());
        }
        if (next.clientKey() != before.clientKey() && next.clientKey() != ClientKeyState.UP
                && next.clientKey() != ClientKeyState.NOT_NEEDED) {
            LOG.errorf("readiness: PTERODACTYL_CLIENT_API_KEY is %s; initial files (and the start after them) need it",
                    next.clientKey());
        } else if (next.clientKey() == ClientKeyState.UP && before.clientKey() != ClientKeyState.UP
                && before.clientKey() != ClientKeyState.NOT_NEEDED) {
            LOG.info("readiness: the client API key works again");
        }
        if (!next.packageProblems().equals(before.packageProblems())) {
            next.packageProblems().stream().filter(p -> !before.packageProblems().contains(p))
                    .forEach(p -> LOG.warnf("resource mapping: %s", p.detail()));
            if (next.packageProblems().isEmpty() && before.packagesCheckedAt() != null) {
                LOG.info("resource mapping: the package problems above are resolved");
            }
        }
    }
}
