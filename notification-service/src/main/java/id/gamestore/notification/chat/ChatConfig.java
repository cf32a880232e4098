package id.gamestore.notification.chat;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The standalone chat path: inbound WhatsApp texts that are commands go to order-service's chat endpoint and its
 * replies go back to the sender ({@code CHAT_*} variables, docs/configuration.md).
 */
@ConfigMapping(prefix = "notification.chat")
public interface ChatConfig {
    /** {@code CHAT_COMMANDS}: on to answer commands typed on the store's number; off (default) ignores them. */
    @WithDefault("false")
    boolean enabled();

    /** {@code CHAT_ORDER_URL}: order-service's base URL; required when chat commands are on. */
    Optional<String> orderUrl();

    /** {@code CHAT_ORDER_API_KEY}: order-service's bot key (secret, from the environment); required when on. */
    Optional<String> orderApiKey();

    @WithDefault("2s")
    Duration connectTimeout();

    /** One call to order-service gets this long before it counts as a timeout and is retried. */
    @WithDefault("10s")
    Duration readTimeout();

    /** A command order-service could not answer (timeouts, 5xx, 429) is retried for this long, then given up. */
    @WithDefault("2m")
    Duration giveUpAfter();

    @WithDefault("1s")
    Duration backoffBase();

    @WithDefault("15s")
    Duration backoffMax();

    /** How often stored commands are looked for (a new one also wakes the worker at once). */
    @WithDefault("2s")
    Duration pollInterval();

    /** A claimed command is not claimed again for this long (covers a crash while order-service was asked). */
    @WithDefault("60s")
    Duration lease();

    /** Commands asked of order-service at once. */
    @WithDefault("4")
    int concurrency();
}
