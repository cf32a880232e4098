package id.gamestore.provisioning.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.SandboxResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The database token bucket: concurrent takers together never exceed the rate, and a 429 pauses everyone. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class PanelRateLimiterTest {
    @Inject
    PanelRateLimiter limiter;

    @Test
    void concurrentTakersShareOneBudget() throws Exception {
        int limit = 600;
        String bucket = "test-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(pool.submit(() -> limiter.acquire(bucket, limit, Duration.ofMinutes(2))));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // 4 tokens of burst, then (600 - 4) / 60 = 9.93 per second: 26 more need about 2.6 s
        assertThat(took).isGreaterThan(Duration.ofMillis(2300)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void throttlingPausesTheBucket() {
        String bucket = "test-" + System.nanoTime();
        limiter.acquire(bucket, 600, Duration.ofMinutes(2));
        limiter.backOff(bucket, 600, Duration.ofSeconds(1));
        long start = System.nanoTime();
        limiter.acquire(bucket, 600, Duration.ofMinutes(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    }

    @Test
    void aRequestThatCannotGetASlotInTimeFailsAsTransientInsteadOfSendingLate() {
        String bucket = "test-" + System.nanoTime();
        limiter.acquire(bucket, 600, Duration.ofMinutes(2));
        limiter.backOff(bucket, 600, Duration.ofSeconds(5));
        long start = System.nanoTime();
        assertThatThrownBy(() -> limiter.acquire(bucket, 600, Duration.ofMillis(300)))
                .isInstanceOfSatisfying(PanelException.class, e -> assertThat(e.isTransient()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
