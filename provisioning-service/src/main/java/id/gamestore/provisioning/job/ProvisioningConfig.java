package id.gamestore.provisioning.job;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The job's own knobs (deadline, retry budget, leases, on/off); each has an environment variable named in
 * application.properties. The other {@code provisioning.*} settings belong to the feature that reads them. */
@ConfigMapping(prefix = "provisioning")
public interface ProvisioningConfig {
    /** false: confirmed orders wait as {@code ON_HOLD} jobs for an admin trigger. */
    @WithDefault("true")
    boolean enabled();

    /** Deadline of a job from its start; a plain number is milliseconds ({@link MillisOrDuration}). */
    @WithDefault("15M")
    @WithConverter(MillisOrDuration.class)
    Duration timeout();

    /** Transient failures of one step before the job fails with PANEL_UNAVAILABLE. */
    @WithDefault("8")
    int retryAttempts();

    @WithDefault("2S")
    Duration retryInitialDelay();

    @WithDefault("60S")
    Duration retryMaxDelay();

    /** How long a claimed job stays with one worker before another instance may resume it. */
    @WithDefault("2M")
    Duration lease();

    /** Names this process's leases ({@code PROVISIONING_INSTANCE_ID}); unique per running instance. */
    Optional<String> instanceId();
}
