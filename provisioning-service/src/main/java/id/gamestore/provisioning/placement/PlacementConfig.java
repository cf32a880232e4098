package id.gamestore.provisioning.placement;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the panel's nodes come from when a job is placed. */
@ConfigMapping(prefix = "provisioning.placement")
public interface PlacementConfig {
    /**
     * {@code PLACEMENT_CACHE_REFRESH}: how often the nodes and their allocations are read from the panel in the
     * background (one paginated application request per 100 nodes). Placement reads this copy, corrected by the
     * panel's answers to creates, instead of asking the panel per order.
     */
    @WithDefault("30S")
    Duration cacheRefresh();
}
