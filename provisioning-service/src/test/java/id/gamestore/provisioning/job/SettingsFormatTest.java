package id.gamestore.provisioning.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.saga.SagaConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** PROVISIONING_TIMEOUT and DEFAULT_SERVER_STARTUP_TIMEOUT as the seed writes them (milliseconds) and as durations. */
class SettingsFormatTest {

    private static SmallRyeConfig config(String timeout, String startupTimeout) {
        return new SmallRyeConfigBuilder().withConverter(Duration.class, 200, new DurationConverter()).withMapping(ProvisioningConfig.class).withMapping(SagaConfig.class)
                .withDefaultValue("provisioning.timeout", timeout)
                .withDefaultValue("provisioning.startup-timeout", startupTimeout).build();
    }

    @Test
    void theSeedsMillisecondsAreMilliseconds() {
        SmallRyeConfig config = config("300000", "120000");
        assertThat(config.getConfigMapping(ProvisioningConfig.class).timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.getConfigMapping(SagaConfig.class).startupTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void quarkusAndIsoDurationsStillWork() {
        SmallRyeConfig config = config("15M", "PT2M");
        assertThat(config.getConfigMapping(ProvisioningConfig.class).timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.getConfigMapping(SagaConfig.class).startupTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(new MillisOrDuration().convert("90S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aValueThatIsNoDurationIsRefusedSayingWhatToWrite() {
        assertThatThrownBy(() -> config("five minutes", "10M").getConfigMapping(ProvisioningConfig.class))
                .hasMessageContaining("provisioning.timeout")
                .hasMessageContaining("give milliseconds (300000) or a duration such as 15M, 90S or PT2M");
        assertThatThrownBy(() -> new MillisOrDuration().convert("0")).hasMessageContaining("must be a positive duration");
    }
}
