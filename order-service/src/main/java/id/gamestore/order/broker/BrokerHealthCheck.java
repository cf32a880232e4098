package id.gamestore.order.broker;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the outbox can publish: its broker connection is open or can be opened now. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {
    @Inject
    BrokerConnection broker;
    @Inject
    BrokerConfig config;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("rabbitmq-outbox")
                .withData("host", config.host() + ":" + config.port())
                .withData("vhost", config.virtualHost());
        try {
            broker.channel();
            return builder.up().build();
        } catch (IOException e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
