package id.gamestore.order.buildability;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where to ask provisioning-service which packages it can build, and how long an answer is trusted. */
@ConfigMapping(prefix = "order.provisioning")
public interface BuildabilityConfig {
    /**
     * provisioning-service's base URL ({@code PROVISIONING_URL}). Without it nothing is asked: every confirm goes
     * through, and readiness warns {@code provisioning:NOT_CONFIGURED}.
     */
    Optional<String> url();

    /** One of provisioning-service's admin keys ({@code PROVISIONING_ADMIN_API_KEY}, header X-Api-Key). */
    Optional<String> adminApiKey();

    /** How long an answer (or a failure to get one) is used before asking again ({@code PROVISIONING_CHECK_CACHE}). */
    @WithDefault("30S")
    Duration cache();

    /** Connect and read timeout of one question. */
    @WithDefault("3S")
    Duration timeout();
}
