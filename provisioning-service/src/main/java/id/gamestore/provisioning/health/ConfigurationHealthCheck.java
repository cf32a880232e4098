package id.gamestore.provisioning.health;

import java.util.List;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready only when the panel answers with this key and every package's mapping is valid and fits somewhere. */
@Readiness
@ApplicationScoped
public class ConfigurationHealthCheck implements HealthCheck {
    private final MappingStatus status;

    public ConfigurationHealthCheck(MappingStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> problems = status.problems();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("panel-and-resource-mapping").status(problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            b.withData("problem" + (i + 1), problems.get(i));
        }
        return b.build();
    }
}
