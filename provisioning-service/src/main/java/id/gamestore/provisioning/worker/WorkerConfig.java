package id.gamestore.provisioning.worker;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** This instance's worker pool. */
@ConfigMapping(prefix = "provisioning")
public interface WorkerConfig {
    /** Worker threads per instance: jobs run at once ({@code PROVISIONING_WORKERS}). */
    @WithDefault("4")
    int workers();

    /**
     * {@code PROVISIONING_QUEUE_SIZE}, the old name of {@link #workers()}: it never bounded a queue (confirmed orders
     * wait in RabbitMQ and as due jobs in the database, unbounded), so it is refused at start-up rather than read.
     */
    @WithName("queue-size")
    Optional<String> renamedQueueSize();

    /** How long an idle worker waits before it looks for a due job again. */
    @WithDefault("500MS")
    Duration workerIdlePoll();

    @WithDefault("true")
    boolean workersAutostart();
}
