package id.gamestore.order.buildability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import id.gamestore.order.catalog.PackageCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Without any answer from provisioning-service a confirm goes through (the event only waits in the queue), and a
 * provisioning-service that comes up later is heard from within seconds.
 */
@QuarkusTest
class BuildabilityTest {
    @Inject
    PackageCatalog catalog;

    @Test
    void withoutAnyAnswerFromProvisioningAConfirmGoesThroughAndNothingIsClaimed() {
        Buildability neverAnswered = new Buildability(config("http://127.0.0.1:1"), catalog);

        assertThat(neverAnswered.refusal("mc-pro")).isEmpty();
        assertThat(neverAnswered.current().link()).isEqualTo(Buildability.Link.UNREACHABLE);
        assertThat(neverAnswered.disagreements()).isEmpty();
    }

    /**
     * provisioning-service usually starts after order-service: its first answer must be used within seconds, not
     * after a whole cache period (the local run showed provisioning UNREACHABLE for 30 s after both were up).
     */
    @Test
    void aProvisioningServiceThatStartsLaterIsAskedAgainWithinSecondsNotAfterTheCachePeriod() throws Exception {
        try (ServerSocket reserved = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = reserved.getLocalPort();
            reserved.close();
            Buildability early = new Buildability(config("http://127.0.0.1:" + port), catalog);
            assertThat(early.refresh().link()).isEqualTo(Buildability.Link.UNREACHABLE);

            HttpServer provisioning = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            provisioning.createContext("/api/admin/capacity/packages", exchange -> {
                byte[] out = ("{\"panel\":\"UP\",\"packages\":[{\"code\":\"mc-pro\",\"buildable\":false,"
                        + "\"problems\":[\"NO_CAPACITY\"],\"reasons\":[\"no node has room\"]}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                exchange.getResponseBody().write(out);
                exchange.close();
            });
            provisioning.start();
            try {
                Thread.sleep(Buildability.UNANSWERED_RETRY.toMillis() + 500);
                assertThat(early.current().link()).isEqualTo(Buildability.Link.UP);
                assertThat(early.refusal("mc-pro")).get().extracting(Buildability.Refusal::problems)
                        .isEqualTo(java.util.List.of("NO_CAPACITY"));
            } finally {
                provisioning.stop(0);
            }
        }
    }

    private static BuildabilityConfig config(String url) {
        return new BuildabilityConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(url);
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
        };
    }
}
