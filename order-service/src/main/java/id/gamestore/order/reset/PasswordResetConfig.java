package id.gamestore.order.reset;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "order.password-reset")
public interface PasswordResetConfig {
    /**
     * A second request for the same order within this time returns the first one and publishes nothing: a bot retry
     * or a customer typing {@code !reset-password} twice must not change the password twice (the first new password
     * would be dead by the time its message arrives).
     */
    @WithDefault("2M")
    Duration minInterval();
}
