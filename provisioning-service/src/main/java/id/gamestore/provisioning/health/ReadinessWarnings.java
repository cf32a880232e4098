package id.gamestore.provisioning.health;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import id.gamestore.provisioning.mapping.MappingProblem;
import id.gamestore.provisioning.mapping.ResourceMapping;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The named warnings of the last readiness check, and the gauges that publish them:
 * {@code provisioning_package_buildable{package}} (1 when nothing the package needs is known to be wrong, else 0)
 * and {@code provisioning_readiness_warnings} (how many warnings). Gauges read the cached check, never the panel.
 * Codes: {@code panel:UNREACHABLE}, {@code panel:KEY_REJECTED} (below the DOWN threshold),
 * {@code client-key:REFUSED}, {@code client-key:UNREACHABLE} (below it), and {@code package:<code>:<KIND>} per
 * package problem ({@code NO_CAPACITY}, {@code EGG_MISSING}, ...).
 */
@ApplicationScoped
public class ReadinessWarnings {
    private final MappingStatus status;
    private final ResourceMapping mapping;
    private final MeterRegistry registry;

    public ReadinessWarnings(MappingStatus status, ResourceMapping mapping, MeterRegistry registry) {
        this.status = status;
        this.mapping = mapping;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        for (String code : mapping.all().keySet()) {
            Gauge.builder("provisioning.package.buildable", status, s -> s.buildable(code) ? 1 : 0)
                    .description("1 when the package can be built now (mapping valid, room on some node), else 0")
                    .tag("package", code).register(registry);
        }
        Gauge.builder("provisioning.readiness.warnings", status, s -> of(s.cached()).size())
                .description("named readiness warnings (see /q/health/ready)").register(registry);
    }

    /** The warning codes of {@code s}, sorted. */
    public List<String> of(MappingStatus.Snapshot s) {
        List<String> codes = new ArrayList<>();
        int threshold = status.failureThreshold();
        if (s.panelProblem() != null && s.panelFailures() < threshold) {
            codes.add("panel:" + s.panel());
        }
        if ((s.clientKey() == ClientKeyState.REFUSED || s.clientKey() == ClientKeyState.UNREACHABLE)
                && s.clientKeyFailures() < threshold) {
            codes.add("client-key:" + s.clientKey().name());
        }
        TreeSet<String> packages = new TreeSet<>();
        for (MappingProblem p : s.packageProblems()) {
            packages.add("package:" + p.packageCode() + ":" + p.kind().name());
        }
        codes.addAll(packages);
        return List.copyOf(codes);
    }
}
