package id.gamestore.provisioning.reset;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The password-reset processor. */
@ConfigMapping(prefix = "provisioning")
public interface ResetConfig {
    /** How often the idle password-reset processor looks for due resets ({@code CREDENTIAL_RESET_POLL}). */
    @WithDefault("500MS")
    Duration resetPoll();
}
