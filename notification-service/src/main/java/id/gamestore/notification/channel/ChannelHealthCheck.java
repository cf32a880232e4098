package id.gamestore.notification.channel;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import id.gamestore.notification.common.StoreConfig;

/** Ready only when the selected WhatsApp channel is fully configured and the admin number is known. */
@Readiness
@ApplicationScoped
public class ChannelHealthCheck implements HealthCheck {
    @Inject
    WhatsAppChannel channel;
    @Inject
    StoreConfig store;

    @Override
    public HealthCheckResponse call() {
        List<String> problems = new ArrayList<>(channel.configurationProblems());
        if (store.adminPhone().isEmpty()) {
            problems.add("ADMIN_PHONE is not set");
        }
        var response = HealthCheckResponse.named("whatsapp-channel").withData("channel", channel.name());
        if (!problems.isEmpty()) {
            response.withData("problems", String.join("; ", problems));
        }
        return response.status(problems.isEmpty()).build();
    }
}
