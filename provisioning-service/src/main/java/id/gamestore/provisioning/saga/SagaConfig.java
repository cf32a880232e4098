package id.gamestore.provisioning.saga;

import java.time.Duration;

import id.gamestore.provisioning.job.MillisOrDuration;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** The saga steps' knobs; each has an environment variable named in application.properties. */
@ConfigMapping(prefix = "provisioning")
public interface SagaConfig {
    /** How long the install may take before INSTALL_TIMEOUT; a plain number is milliseconds. */
    @WithDefault("10M")
    @WithConverter(MillisOrDuration.class)
    Duration startupTimeout();

    /** {@code AUTO_START_SERVERS}: whether servers are started for the customer, unless a package says otherwise. */
    @WithDefault("true")
    boolean autoStart();

    @WithDefault("customers.gamestore.invalid")
    String generatedEmailDomain();

    /** The second poll's delay (the first follows the create at once); later ones grow with the wait. */
    @WithDefault("1S")
    Duration installPollInitial();

    @WithDefault("30S")
    Duration installPollMax();

    /**
     * Longest pause between a worker's attempts to reach the database again while it keeps a job through an outage
     * (the pauses start at 250 ms and double up to this).
     */
    @WithDefault("5S")
    Duration outageRetryMax();
}
