package id.gamestore.provisioning.notification;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks notification-service whether a login message reached the customer. Any trouble (not configured, down,
 * refused) is UNKNOWN: the caller then waits a while and finally sets a new password, which is always safe.
 */
@ApplicationScoped
public class LoginDeliveries {
    private static final Logger LOG = Logger.getLogger(LoginDeliveries.class);

    /** ARRIVED, PENDING, FAILED and NONE as notification-service reports them; UNKNOWN when it could not say. */
    public enum Fate {
        ARRIVED, PENDING, FAILED, NONE, UNKNOWN
    }

    private final LoginDeliveryConfig config;
    private final LoginDeliveryApi api;

    public LoginDeliveries(LoginDeliveryConfig config) {
        this.config = config;
        this.api = config.notificationUrl().filter(u -> !u.isBlank())
                .map(url -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                        .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .build(LoginDeliveryApi.class))
                .orElse(null);
    }

    public Fate of(String orderId, String requestId) {
        if (api == null) {
            return Fate.UNKNOWN;
        }
        try {
            LoginDeliveryApi.LoginDelivery answer = api.loginDelivery(config.notificationApiKey().orElse(""), orderId,
                    requestId);
            return answer == null || answer.state() == null ? Fate.UNKNOWN : Fate.valueOf(answer.state());
        } catch (RuntimeException e) {
            LOG.infof("login delivery of order %s unknown: notification-service did not answer (%s)", orderId,
                    e.getClass().getSimpleName());
            return Fate.UNKNOWN;
        }
    }
}
