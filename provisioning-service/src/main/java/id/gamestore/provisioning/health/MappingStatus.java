package id.gamestore.provisioning.health;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.mapping.MappingValidator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The last validation of the resource mapping against the panel. Checked at start-up (problems logged, one line
 * each) and again for readiness at most once per {@code READINESS_CACHE}, so health probes do not eat the panel's
 * rate budget.
 */
@ApplicationScoped
public class MappingStatus {
    private static final Logger LOG = Logger.getLogger(MappingStatus.class);

    private final MappingValidator validator;
    private final ProvisioningConfig config;
    private volatile List<String> problems = List.of("not validated yet");
    private volatile Instant checkedAt = Instant.EPOCH;

    public MappingStatus(MappingValidator validator, ProvisioningConfig config) {
        this.validator = validator;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> found = refresh();
        if (found.isEmpty()) {
            LOG.info("resource mapping validated against the panel");
        } else {
            found.forEach(p -> LOG.errorf("resource mapping: %s", p));
        }
    }

    public List<String> problems() {
        if (checkedAt.plus(config.readinessCache()).isBefore(Instant.now())) {
            refresh();
        }
        return problems;
    }

    public synchronized List<String> refresh() {
        problems = List.copyOf(validator.validate());
        checkedAt = Instant.now();
        return problems;
    }
}
