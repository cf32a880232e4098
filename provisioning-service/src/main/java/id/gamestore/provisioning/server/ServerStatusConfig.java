package id.gamestore.provisioning.server;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How fresh a server's live status must be, and how long anyone waits for the panel while a customer chats. */
@ConfigMapping(prefix = "provisioning.server-status")
public interface ServerStatusConfig {
    /**
     * How long one panel answer about a server is reused ({@code SERVER_STATUS_CACHE_TTL}): however often its status
     * is asked, the panel is asked at most once per this per server. 0 turns the cache off (concurrent requests for
     * the same server still share one panel call).
     */
    @WithDefault("5S")
    Duration cacheTtl();

    /**
     * The most one status or power request spends on the panel ({@code SERVER_STATUS_TIMEOUT}), rate-budget wait
     * included; past it the status answers "not available" and a power action 503. Nothing is retried.
     */
    @WithDefault("3S")
    Duration timeout();
}
