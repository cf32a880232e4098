package id.gamestore.provisioning.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a readiness check's answer is reused ({@code READINESS_CACHE}). */
@ConfigMapping(prefix = "provisioning")
public interface ReadinessCacheConfig {
    @WithDefault("60S")
    Duration readinessCache();
}
