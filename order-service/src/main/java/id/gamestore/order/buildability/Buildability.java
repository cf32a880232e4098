package id.gamestore.order.buildability;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import id.gamestore.order.catalog.GamePackage;
import id.gamestore.order.buildability.client.BuildablePackagesApi;
import id.gamestore.order.catalog.PackageCatalog;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.StartupEvent;

/**
 * What provisioning-service says it can build, asked at start-up and then at most once per
 * {@code PROVISIONING_CHECK_CACHE} (confirms and readiness probes share the answer); until it has answered once, at
 * most every {@link #UNANSWERED_RETRY}. When provisioning-service cannot
 * be asked, the last answer it gave is used; with none yet a confirm goes through (it only waits in the queue until
 * provisioning runs) and the reason is logged. Catalog packages provisioning cannot build are logged once per
 * change and named in the readiness warnings.
 */
@ApplicationScoped
public class Buildability {
    private static final Logger LOG = Logger.getLogger(Buildability.class);

    /** Why a package cannot be built: problem codes ({@code NOT_MAPPED}, {@code NO_CAPACITY}, ...) and sentences. */
    public record Refusal(String packageCode, List<String> problems, List<String> reasons) {
        public String message() {
            return "package " + packageCode + " cannot be provisioned now (" + String.join(", ", problems) + ": "
                    + String.join("; ", reasons) + "); the order stays PENDING, confirm it again once this is fixed";
        }
    }

    /** The connection to provisioning-service: {@code UP}, {@code UNREACHABLE} or {@code NOT_CONFIGURED}. */
    public enum Link {
        UP, UNREACHABLE, NOT_CONFIGURED
    }

    /** The answer in use: per package what provisioning said (null before any answer), and the last asking. */
    public record Answer(Link link, Map<String, BuildablePackagesApi.PackageStatus> packages, Instant askedAt) {
        boolean known() {
            return packages != null;
        }
    }

    private static final String NOT_MAPPED = "NOT_MAPPED";

    /**
     * Until provisioning-service has answered once (it usually starts after order-service), it is asked again this
     * soon rather than after a whole cache period, so the first confirms after a start are checked.
     */
    static final Duration UNANSWERED_RETRY = Duration.ofSeconds(2);

    private final BuildabilityConfig config;
    private final PackageCatalog catalog;
    private final BuildablePackagesApi api;
    private volatile Answer answer;
    private volatile Map<String, Refusal> lastLogged = Map.of();

    public Buildability(BuildabilityConfig config, PackageCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
        this.api = config.url().filter(u -> !u.isBlank())
                .map(url -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                        .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .build(BuildablePackagesApi.class))
                .orElse(null);
        this.answer = new Answer(api == null ? Link.NOT_CONFIGURED : Link.UNREACHABLE, null, Instant.EPOCH);
    }

    void onStart(@Observes StartupEvent event) {
        if (api == null) {
            LOG.warn("PROVISIONING_URL is not set: confirms are not checked against what provisioning can build");
            return;
        }
        refresh();
    }

    /** Why the package cannot be built, or empty when it can (or when nobody can say). */
    public Optional<Refusal> refusal(String packageCode) {
        Answer a = current();
        if (!a.known()) {
            if (a.link() == Link.UNREACHABLE) {
                LOG.warnf("confirming a %s order without knowing whether provisioning can build it: "
                        + "provisioning-service has not answered yet", packageCode);
            }
            return Optional.empty();
        }
        return refusal(a, packageCode);
    }

    /** Catalog packages provisioning says it cannot build, by code (empty when nobody can say). */
    public Map<String, Refusal> disagreements() {
        Answer a = current();
        return a.known() ? disagreements(a) : Map.of();
    }

    public Answer current() {
        Answer a = answer;
        Duration trusted = a.known() ? config.cache() : min(config.cache(), UNANSWERED_RETRY);
        if (api != null && a.askedAt().plus(trusted).isBefore(Instant.now())) {
            return refresh();
        }
        return a;
    }

    /** Asks provisioning-service now; on failure keeps the last answer (and does not ask again for one cache period). */
    public synchronized Answer refresh() {
        if (api == null) {
            return answer;
        }
        Answer previous = answer;
        Answer next;
        try {
            BuildablePackagesApi.PackagesView view = api.packages(config.adminApiKey().orElse(""));
            Map<String, BuildablePackagesApi.PackageStatus> packages = view == null || view.packages() == null
                    ? Map.of() : view.packages().stream().filter(p -> p.code() != null)
                            .collect(Collectors.toMap(BuildablePackagesApi.PackageStatus::code, Function.identity(),
                                    (x, y) -> x, TreeMap::new));
            next = new Answer(Link.UP, packages, Instant.now());
            if (previous.link() == Link.UNREACHABLE && previous.known()) {
                LOG.info("provisioning-service answers again: which packages it can build is known");
            }
        } catch (RuntimeException e) {
            next = new Answer(Link.UNREACHABLE, previous.packages(), Instant.now());
            if (previous.link() != Link.UNREACHABLE || !previous.askedAt().isAfter(Instant.EPOCH)) {
                LOG.warnf("cannot ask provisioning-service which packages it can build (%s); %s",
                        e.getClass().getSimpleName(), previous.known() ? "using its last answer"
                                : "confirms go through unchecked until it answers");
            }
        }
        answer = next;
        if (next.known()) {
            logDisagreements(disagreements(next));
        }
        return next;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Map<String, Refusal> disagreements(Answer a) {
        Map<String, Refusal> out = new TreeMap<>();
        for (GamePackage p : catalog.all()) {
            refusal(a, p.code()).ifPresent(r -> out.put(p.code(), r));
        }
        return out;
    }

    private static Optional<Refusal> refusal(Answer a, String code) {
        BuildablePackagesApi.PackageStatus status = a.packages().get(code);
        if (status == null) {
            return Optional.of(new Refusal(code, List.of(NOT_MAPPED),
                    List.of("it is not in provisioning-service's resource mapping")));
        }
        if (status.buildable()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(code, status.problems() == null ? List.of() : status.problems(),
                status.reasons() == null ? List.of() : status.reasons()));
    }

    private void logDisagreements(Map<String, Refusal> found) {
        if (found.equals(lastLogged)) {
            return;
        }
        found.forEach((code, r) -> {
            if (!r.equals(lastLogged.get(code))) {
                LOG.warnf("catalog package %s is on sale but provisioning-service cannot build it: %s", code,
                        String.join(", ", r.problems()) + " (" + String.join("; ", r.reasons()) + ")");
            }
        });
        lastLogged.keySet().stream().filter(code -> !found.containsKey(code))
                .forEach(code -> LOG.infof("catalog package %s can be built again", code));
        lastLogged = Map.copyOf(found);
    }
}
