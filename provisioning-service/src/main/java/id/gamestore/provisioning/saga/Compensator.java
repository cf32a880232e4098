package id.gamestore.provisioning.saga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.pterodactyl.PanelException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * One compensation pass: each step's compensation in reverse order (server before user). Every compensation looks
 * its target up again, so a pass can be repeated safely until it succeeds.
 */
@ApplicationScoped
public class Compensator {
    private static final Logger LOG = Logger.getLogger(Compensator.class);

    private final List<SagaStep> reverse;

    public Compensator(Instance<SagaStep> all) {
        List<SagaStep> steps = new ArrayList<>();
        all.forEach(steps::add);
        steps.sort(Comparator.comparing((SagaStep s) -> s.step().ordinal()).reversed());
        this.reverse = List.copyOf(steps);
    }

    /** @return empty when everything is undone, else what stands in the way */
    public Optional<String> compensate(ProvisioningJob job) {
        for (SagaStep step : reverse) {
            try {
                step.compensate(job);
            } catch (PanelException e) {
                LOG.warnf("compensating %s failed: %s", step.step(), e.getMessage());
                return Optional.of(step.step() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf(e, "compensating %s failed unexpectedly", step.step());
                return Optional.of(step.step() + ": unexpected " + e.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }
}
