package id.gamestore.provisioning.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How readiness weighs panel trouble. The checks themselves run at most once per {@code READINESS_CACHE}. */
@ConfigMapping(prefix = "provisioning.readiness")
public interface ReadinessConfig {
    /**
     * Consecutive failed checks (panel unreachable or a key refused) before readiness goes DOWN
     * ({@code READINESS_PANEL_FAILURES}). Fewer are a warning: one 503 or a dropped connection is a blip the saga's
     * retries ride out, not a reason to restart the service.
     */
    @WithDefault("3")
    int panelFailures();
}
