package id.gamestore.provisioning.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay ({@code OUTBOX_*}): nudged after each commit that wrote events, and polling as a fallback. */
@ConfigMapping(prefix = "provisioning.outbox")
public interface OutboxConfig {
    /** How often the relay looks for unsent rows besides being nudged after each commit (at least one second). */
    @WithDefault("1S")
    Duration pollInterval();

    /** Rows published per transaction, confirmed by the broker together. */
    @WithDefault("50")
    int batchSize();

    /** How long to wait for the broker's publisher confirms of a batch. */
    @WithDefault("10S")
    Duration confirmTimeout();

    /** After a failed or returned publish, nudges are ignored for this long (the poll still runs). */
    @WithDefault("2S")
    Duration retryDelay();
}
