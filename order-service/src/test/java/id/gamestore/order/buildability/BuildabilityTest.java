package id.gamestore.order.buildability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.gamestore.order.catalog.PackageCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Without any answer from provisioning-service a confirm goes through: the event only waits in the queue. */
@QuarkusTest
class BuildabilityTest {
    @Inject
    PackageCatalog catalog;

    @Test
    void withoutAnyAnswerFromProvisioningAConfirmGoesThroughAndNothingIsClaimed() {
        Buildability neverAnswered = new Buildability(new BuildabilityConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of("http://127.0.0.1:1");
            }

            @Override
            public Optional<String> adminApiKey() {
                return Optional.of("k");
            }

            @Override
            public Duration cache() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        }, catalog);

        assertThat(neverAnswered.refusal("mc-pro")).isEmpty();
        assertThat(neverAnswered.current().link()).isEqualTo(Buildability.Link.UNREACHABLE);
        assertThat(neverAnswered.disagreements()).isEmpty();
    }
}
