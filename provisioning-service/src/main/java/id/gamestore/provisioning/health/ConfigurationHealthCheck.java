package id.gamestore.provisioning.health;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import id.gamestore.provisioning.mapping.MappingProblem;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready only when the panel answers with this key and every package's mapping is valid and fits somewhere. The
 * response carries codes only: {@code panel} ({@code UP}, {@code UNREACHABLE}, {@code KEY_REJECTED}), the number of
 * {@code problems}, and per package its problem kinds ({@code "package.mc-huge": "NO_CAPACITY"}); the sentences,
 * with the panel's error text, are in the log.
 */
@Readiness
@ApplicationScoped
public class ConfigurationHealthCheck implements HealthCheck {
    private final MappingStatus status;

    public ConfigurationHealthCheck(MappingStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        List<MappingProblem> problems = status.problems();
        String panel = problems.stream().filter(p -> p.kind().concernsPanel()).findFirst()
                .map(p -> p.kind() == MappingProblem.Kind.PANEL_KEY_REJECTED ? "KEY_REJECTED" : "UNREACHABLE")
                .orElse("UP");
        HealthCheckResponseBuilder b = HealthCheckResponse.named("panel-and-resource-mapping")
                .status(problems.isEmpty()).withData("panel", panel).withData("problems", problems.size());
        Map<String, String> byPackage = problems.stream().filter(p -> p.packageCode() != null)
                .collect(Collectors.groupingBy(MappingProblem::packageCode, TreeMap::new, Collectors.mapping(
                        p -> p.kind().name(), Collectors.collectingAndThen(Collectors.toCollection(
                                java.util.TreeSet::new), kinds -> String.join(",", kinds)))));
        byPackage.forEach((code, kinds) -> b.withData("package." + code, kinds));
        return b.build();
    }
}
