package id.gamestore.provisioning.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** PROVISIONING_QUEUE_SIZE set the worker threads; it is PROVISIONING_WORKERS now and the old name stops start-up. */
class RenamedSettingsTest {

    @Test
    void theOldQueueSizeNameIsRefusedNamingTheNewOne() {
        assertThatThrownBy(() -> RenamedSettings.refuseQueueSize(Optional.of("10")))
                .hasMessageContaining("PROVISIONING_QUEUE_SIZE is no longer read")
                .hasMessageContaining("Set PROVISIONING_WORKERS=10 and remove PROVISIONING_QUEUE_SIZE");
        RenamedSettings.refuseQueueSize(Optional.empty());
    }

    @Test
    void workersComeFromTheNewNameAndTheOldOneIsSeen() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withConverter(Duration.class, 200, new DurationConverter()).withMapping(WorkerConfig.class)
                .withDefaultValue("provisioning.workers", "6").withDefaultValue("provisioning.queue-size", "3").build();
        WorkerConfig workers = config.getConfigMapping(WorkerConfig.class);
        assertThat(workers.workers()).isEqualTo(6);
        assertThat(workers.renamedQueueSize()).contains("3");
    }
}
