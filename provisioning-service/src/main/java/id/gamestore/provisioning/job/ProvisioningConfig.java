package id.gamestore.provisioning.job;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The saga's knobs; each has an environment variable named in application.properties. */
@ConfigMapping(prefix = "provisioning")
public interface ProvisioningConfig {
    /** false: confirmed orders wait as {@code ON_HOLD} jobs for an admin trigger. */
    @WithDefault("true")
    boolean enabled();

    /** Deadline of a job from its start. */
    @WithDefault("15M")
    Duration timeout();

    /** Transient failures of one step before the job fails with PANEL_UNAVAILABLE. */
    @WithDefault("8")
    int retryAttempts();

    /** Worker threads per instance. */
    @WithDefault("4")
    int queueSize();

    @WithDefault("16")
    int passwordLength();

    /** How long the install may take before INSTALL_TIMEOUT. */
    @WithDefault("10M")
    Duration startupTimeout();

    @WithDefault("true")
    boolean autoStart();

    Optional<String> mappingFile();

    @WithDefault("customers.gamestore.invalid")
    String generatedEmailDomain();

    Optional<String> instanceId();

    @WithDefault("2S")
    Duration retryInitialDelay();

    @WithDefault("60S")
    Duration retryMaxDelay();

    @WithDefault("5S")
    Duration installPollInitial();

    @WithDefault("30S")
    Duration installPollMax();

    @WithDefault("500MS")
    Duration workerIdlePoll();

    /** How long a claimed job stays with one worker before another instance may resume it. */
    @WithDefault("2M")
    Duration lease();

    /**
     * Longest pause between a worker's attempts to reach the database again while it keeps a job through an outage
     * (the pauses start at 250 ms and double up to this).
     */
    @WithDefault("5S")
    Duration outageRetryMax();

    @WithDefault("60S")
    Duration readinessCache();

    @WithDefault("true")
    boolean workersAutostart();

    /** How often the idle password-reset processor looks for due resets. */
    @WithDefault("500MS")
    Duration resetPoll();
}
