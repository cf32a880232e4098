package id.gamestore.provisioning.worker;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** This instance's worker pool. */
@ConfigMapping(prefix = "provisioning")
public interface WorkerConfig {
    /** Worker threads per instance ({@code PROVISIONING_QUEUE_SIZE}). */
    @WithDefault("4")
    int queueSize();

    /** How long an idle worker waits before it looks for a due job again. */
    @WithDefault("500MS")
    Duration workerIdlePoll();

    @WithDefault("true")
    boolean workersAutostart();
}
