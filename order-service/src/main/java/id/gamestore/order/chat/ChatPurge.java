package id.gamestore.order.chat;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.order.time.Clock;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes stored chat answers older than {@code order.chat.retention} (WhatsApp redelivers within minutes or hours, so
 * a week is ample) and rate-limit windows that closed over an hour ago.
 */
@ApplicationScoped
public class ChatPurge {
    private static final Logger LOG = Logger.getLogger(ChatPurge.class);
    private static final Duration OLD_WINDOWS = Duration.ofHours(1);

    private final ChatMessages messages;
    private final ChatConfig config;

    ChatPurge(ChatMessages messages, ChatConfig config) {
        this.messages = messages;
        this.config = config;
    }

    @Scheduled(every = "${order.chat.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int deleted = purgeNow();
        if (deleted > 0) {
            LOG.infof("purged %d chat answer(s) older than %s", deleted, config.retention());
        }
    }

    /** @return how many stored answers were deleted */
    public int purgeNow() {
        var now = Clock.now();
        return messages.purge(now.minus(config.retention()), now.minus(OLD_WINDOWS));
    }
}
