package id.gamestore.provisioning.health;

import java.util.List;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready means "can take work": DOWN only for what makes every job fail. That is the panel unreachable or the
 * application key refused for {@code READINESS_PANEL_FAILURES} consecutive checks, or the client key missing (or
 * refused for as many checks) while a package's initial files (and the start sent after them) need it. The database and the broker
 * have their own checks. Everything narrower is a named warning and the check stays UP: a panel blip
 * ({@code panel:UNREACHABLE}), one package's problem ({@code package:mc-huge:NO_CAPACITY}). The response carries
 * codes only: {@code panel}, {@code panelFailures}, {@code clientKey}, {@code warnings} (comma-separated, empty when none) and
 * {@code warningCount}; the sentences, with the panel's error text, are in the log.
 */
@Readiness
@ApplicationScoped
public class ConfigurationHealthCheck implements HealthCheck {
    private final MappingStatus status;
    private final ReadinessWarnings warnings;

    public ConfigurationHealthCheck(MappingStatus status, ReadinessWarnings warnings) {
        this.status = status;
        this.warnings = warnings;
    }

    @Override
    public HealthCheckResponse call() {
        MappingStatus.Snapshot s = status.current();
        int threshold = status.failureThreshold();
        boolean panelDown = s.panelProblem() != null && s.panelFailures() >= threshold;
        boolean clientKeyDown = s.clientKey() == ClientKeyState.MISSING
                || s.clientKey() != ClientKeyState.UP && s.clientKey() != ClientKeyState.NOT_NEEDED
                        && s.clientKeyFailures() >= threshold;
        List<String> codes = warnings.of(s);
        return HealthCheckResponse.named("panel-and-resource-mapping").status(!panelDown && !clientKeyDown)
                .withData("panel", s.panel()).withData("panelFailures", s.panelFailures())
                .withData("clientKey", s.clientKey().name()).withData("warningCount", codes.size())
                .withData("warnings", String.join(",", codes))
                .build();
    }
}
