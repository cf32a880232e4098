package id.gamestore.order.tracking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "order.consumer")
public interface ConsumerConfig {
    /**
     * Pause before requeueing an event that failed for an infrastructure reason (database down); doubled on every
     * redelivery, so the queue's delivery limit is reached only after an outage of about 2^limit pauses.
     */
    @WithDefault("1s")
    Duration requeuePause();

    @WithDefault("15s")
    Duration maxRequeuePause();
}
