package id.gamestore.order.servers;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where to ask provisioning-service about a customer's server (live status, power actions). */
@ConfigMapping(prefix = "order.provisioning")
public interface ServersConfig {
    /** provisioning-service's base URL ({@code PROVISIONING_URL}); without it every status is "unavailable". */
    Optional<String> url();

    /** One of provisioning-service's service keys ({@code PROVISIONING_SERVICE_API_KEY}, header X-Api-Key). */
    Optional<String> serviceApiKey();

    /**
     * Connect and read timeout of one status or power call ({@code PROVISIONING_SERVER_TIMEOUT}): a chat reply never
     * waits long; past it the reply says the status is unavailable right now.
     */
    @WithDefault("2S")
    Duration serverTimeout();
}
