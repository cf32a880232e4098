package id.gamestore.support.messaging;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * How a consumer paces a message it could not handle (a service's consumer {@code @ConfigMapping} extends this):
 * requeued with a growing pause when the handler failed, held in place while the database is unreachable.
 */
public interface ConsumerPacing {
    /**
     * Pause before requeueing an event whose handler failed for a reason other than the database being unreachable;
     * doubled on every redelivery, so a message that keeps failing reaches the queue's delivery limit and is parked.
     */
    @WithDefault("1s")
    Duration requeuePause();

    @WithDefault("15s")
    Duration maxRequeuePause();

    /**
     * While the database is unreachable the consumer holds the message and retries in place after this pause,
     * doubled per try up to {@link #maxHoldPause()}; the message is neither nacked nor redelivered meanwhile.
     */
    @WithDefault("500ms")
    Duration holdPause();

    @WithDefault("5s")
    Duration maxHoldPause();
}
