package id.gamestore.provisioning.lifecycle;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The lifecycle-action processor (suspend, unsuspend, terminate, build change). */
@ConfigMapping(prefix = "provisioning.lifecycle")
public interface LifecycleConfig {
    /** {@code LIFECYCLE_ACTION_POLL}: how often the idle processor looks for due actions. */
    @WithDefault("500MS")
    Duration poll();

    /** {@code LIFECYCLE_ACTION_LEASE}: how long a claimed action is its processor's; after that another may resume it. */
    @WithDefault("2M")
    Duration lease();

    /** {@code LIFECYCLE_ACTION_RETRY_ATTEMPTS}: retries after transient panel errors before PANEL_UNAVAILABLE. */
    @WithDefault("8")
    int retryAttempts();

    /** {@code LIFECYCLE_ACTION_RETRY_INITIAL_DELAY}: the first retry's delay; it doubles per attempt (with jitter). */
    @WithDefault("2S")
    Duration retryInitialDelay();

    /** {@code LIFECYCLE_ACTION_RETRY_MAX_DELAY}: the longest delay between two retries. */
    @WithDefault("60S")
    Duration retryMaxDelay();

    /** {@code LIFECYCLE_ACTION_ACCOUNT_RETRY}: a termination waits this long while an order holds the customer's account. */
    @WithDefault("2S")
    Duration accountRetry();
}
