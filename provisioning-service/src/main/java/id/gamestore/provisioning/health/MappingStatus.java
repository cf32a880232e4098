package id.gamestore.provisioning.health;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.mapping.MappingProblem;
import id.gamestore.provisioning.mapping.MappingValidator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The last validation of the resource mapping against the panel. Checked at start-up and again for readiness at most
 * once per {@code READINESS_CACHE}, so health probes do not eat the panel's rate budget. Problems are logged one line
 * each whenever they change (the readiness response shows only their codes).
 */
@ApplicationScoped
public class MappingStatus {
    private static final Logger LOG = Logger.getLogger(MappingStatus.class);

    private final MappingValidator validator;
    private final ProvisioningConfig config;
    private volatile List<MappingProblem> problems = List.of(
            MappingProblem.panel(MappingProblem.Kind.PANEL_UNREACHABLE, "not validated yet"));
    private volatile Instant checkedAt = Instant.EPOCH;

    public MappingStatus(MappingValidator validator, ProvisioningConfig config) {
        this.validator = validator;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (refresh().isEmpty()) {
            LOG.info("resource mapping validated against the panel");
        }
    }

    public List<MappingProblem> problems() {
        if (checkedAt.plus(config.readinessCache()).isBefore(Instant.now())) {
            refresh();
        }
        return problems;
    }

    public synchronized List<MappingProblem> refresh() {
        List<MappingProblem> found = List.copyOf(validator.validate());
        if (!found.equals(problems)) {
            found.forEach(p -> LOG.errorf("resource mapping: %s", p.detail()));
            if (found.isEmpty() && !checkedAt.equals(Instant.EPOCH)) {
                LOG.info("resource mapping: the problems above are resolved");
            }
        }
        problems = found;
        checkedAt = Instant.now();
        return problems;
    }
}
