package id.gamestore.provisioning.pterodactyl;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the panel is, its keys, timeouts and the per-minute budget. */
@ConfigMapping(prefix = "pterodactyl")
public interface PanelConfig {
    String adminUrl();

    /** Application API key ({@code ptla_}). */
    String adminApiKey();

    /** Client API key ({@code ptlc_}) of an admin account: power actions and file writes. */
    java.util.Optional<String> clientApiKey();

    /** The URL shown to customers. */
    String publicUrl();

    @WithDefault("240")
    int rateLimitPerMinute();

    @WithDefault("720")
    int clientRateLimitPerMinute();

    @WithDefault("5S")
    Duration connectTimeout();

    @WithDefault("10S")
    Duration readTimeout();

    /**
     * The longest a request waits for a slot of the shared rate budget; past it the call fails as transient (and is
     * retried with backoff), so a step or reset never sends a request long after it decided to.
     */
    @WithDefault("30S")
    Duration rateLimitMaxWait();

    /** Server creation waits on the node daemon; the panel itself allows it 15 s. */
    @WithDefault("30S")
    Duration createTimeout();
}
