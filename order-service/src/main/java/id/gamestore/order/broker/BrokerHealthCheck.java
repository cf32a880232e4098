package id.gamestore.order.broker;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.rabbitmq.client.PossibleAuthenticationFailureException;

/**
 * Ready only when the outbox can publish: its broker connection is open or can be opened now. The response says
 * only {@code broker: UP/DOWN} and a stable {@code reason}; where it tried and why it failed go to the log, once
 * per change, not to whoever reads the health endpoint.
 */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(BrokerHealthCheck.class);

    private final BrokerConnection broker;
    private final BrokerConfig config;

    private final AtomicReference<String> lastReason = new AtomicReference<>("");

    BrokerHealthCheck(BrokerConnection broker, BrokerConfig config) {
        this.broker = broker;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("rabbitmq-outbox");
        try {
            broker.channel();
            if (!lastReason.getAndSet("").isEmpty()) {
                LOG.infof("readiness: the outbox reaches RabbitMQ again (%s:%d)", config.host(), config.port());
            }
            return builder.up().withData("broker", "UP").build();
        } catch (IOException e) {
            String reason = e instanceof PossibleAuthenticationFailureException ? "ACCESS_REFUSED" : "UNREACHABLE";
            if (!reason.equals(lastReason.getAndSet(reason))) {
                LOG.warnf("readiness: the outbox cannot reach RabbitMQ %s:%d vhost %s (%s): %s", config.host(),
                        config.port(), config.virtualHost(), reason, e.getMessage());
            }
            return builder.down().withData("broker", "DOWN").withData("reason", reason).build();
        }
    }
}
