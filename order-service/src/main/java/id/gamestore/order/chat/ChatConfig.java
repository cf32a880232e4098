package id.gamestore.order.chat;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The chat endpoint's settings: who is an admin, the per-sender rate limit, how long answers are kept. */
@ConfigMapping(prefix = "order.chat")
public interface ChatConfig {
    /**
     * The admins' WhatsApp numbers ({@code ADMIN_PHONES}), comma-separated, in any form an order's phone may take; a
     * bad entry stops start-up naming its position. Empty: nobody is an admin in the chat.
     */
    Optional<String> adminPhones();

    /** Commands one sender may send per minute ({@code CHAT_RATE_LIMIT_PER_MINUTE}). */
    @WithDefault("10")
    int rateLimitPerMinute();

    /** How long an answer is kept for redeliveries of its message ({@code CHAT_MESSAGE_RETENTION}). */
    @WithDefault("7D")
    Duration retention();

    /** How long a second copy of a message waits for the first copy's answer before it is refused (409). */
    @WithDefault("5S")
    Duration duplicateWait();

    /** How often answers past their retention are purged (a scheduler period such as {@code 1h}). */
    @WithDefault("1h")
    String purgeInterval();
}
