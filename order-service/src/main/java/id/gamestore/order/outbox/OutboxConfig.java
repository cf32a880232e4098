package id.gamestore.order.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "order.outbox")
public interface OutboxConfig {
    /** How often the relay looks for unsent rows besides being nudged after each commit. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker's publisher confirms of a batch. */
    @WithDefault("5s")
    Duration confirmTimeout();

    /** After a failed publish, nudges are ignored for this long (the poll still runs). */
    @WithDefault("500ms")
    Duration retryDelay();
}
