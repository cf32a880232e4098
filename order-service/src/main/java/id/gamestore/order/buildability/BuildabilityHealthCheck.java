package id.gamestore.order.buildability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether what the catalog sells agrees with what provisioning-service can build. Always UP: a package that cannot
 * be built is refused at confirm (409 PACKAGE_NOT_BUILDABLE), every other order still works. The data carry codes
 * only: {@code provisioning} ({@code UP}, {@code UNREACHABLE}, {@code NOT_CONFIGURED}), {@code warningCount} and
 * {@code warnings}, e.g. {@code package:terraria-basic:NOT_MAPPED,provisioning:UNREACHABLE}.
 */
@Readiness
@ApplicationScoped
public class BuildabilityHealthCheck implements HealthCheck {
    private final Buildability buildability;

    public BuildabilityHealthCheck(Buildability buildability) {
        this.buildability = buildability;
    }

    @Override
    public HealthCheckResponse call() {
        Buildability.Answer answer = buildability.current();
        List<String> warnings = new ArrayList<>();
        if (answer.link() != Buildability.Link.UP) {
            warnings.add("provisioning:" + answer.link().name());
        }
        for (Map.Entry<String, Buildability.Refusal> e : buildability.disagreements().entrySet()) {
            e.getValue().problems().stream().distinct().forEach(p -> warnings.add("package:" + e.getKey() + ":" + p));
        }
        return HealthCheckResponse.named("catalog-buildable").up()
                .withData("provisioning", answer.link().name()).withData("warningCount", warnings.size())
                .withData("warnings", String.join(",", warnings)).build();
    }
}
