package id.gamestore.notification.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import id.gamestore.notification.recipient.StoreConfig;

/**
 * Ready only when the selected WhatsApp channel is fully configured and the admin number is known. The response
 * names the channel and, when something is missing, the environment variables concerned ({@code problems}); the
 * sentences go to the log, once per change.
 */
@Readiness
@ApplicationScoped
public class ChannelHealthCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ChannelHealthCheck.class);

    private final WhatsAppChannel channel;
    private final StoreConfig store;

    public ChannelHealthCheck(WhatsAppChannel channel, StoreConfig store) {
        this.channel = channel;
        this.store = store;
    }

    private final AtomicReference<List<ConfigurationProblem>> lastLogged = new AtomicReference<>(List.of());

    @Override
    public HealthCheckResponse call() {
        List<ConfigurationProblem> problems = new ArrayList<>(channel.configurationProblems());
        if (store.adminPhone().isEmpty()) {
            problems.add(new ConfigurationProblem("ADMIN_PHONE", "is not set"));
        }
        if (!problems.equals(lastLogged.getAndSet(List.copyOf(problems)))) {
            problems.forEach(p -> LOG.warnf("readiness: WhatsApp channel %s: %s", channel.name(), p));
        }
        var response = HealthCheckResponse.named("whatsapp-channel").withData("channel", channel.name())
                .withData("configured", problems.isEmpty());
        if (!problems.isEmpty()) {
            response.withData("problems",
                    problems.stream().map(ConfigurationProblem::variable).collect(Collectors.joining(",")));
        }
        return response.status(problems.isEmpty()).build();
    }
}
