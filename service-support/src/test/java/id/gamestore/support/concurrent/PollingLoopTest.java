package id.gamestore.support.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingLoopTest {
    final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    @Test
    void workIsDoneBackToBackAndAnIdleTurnWaits() throws Exception {
        AtomicInteger turns = new AtomicInteger();
        PollingLoop loop = new PollingLoop("test loop", () -> Duration.ofHours(1), () -> turns.incrementAndGet() <= 3);
        loop.start(executor);
        await().atMost(Duration.ofSeconds(5)).until(() -> turns.get() == 4);
        Thread.sleep(200);
        assertThat(turns.get()).as("the idle turn sleeps").isEqualTo(4);
        long before = System.nanoTime();
        loop.stop(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("stop interrupts the sleep")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(loop.running()).isFalse();
    }

    @Test
    void anUnexpectedFailurePausesTheLoopAndItGoesOn() throws Exception {
        AtomicInteger turns = new AtomicInteger();
        PollingLoop loop = new PollingLoop("test loop", () -> Duration.ofMillis(10), () -> {
            if (turns.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return false;
        });
        long before = System.nanoTime();
        loop.start(executor);
        await().atMost(Duration.ofSeconds(5)).until(() -> turns.get() >= 2);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("at least a second's pause after a failure")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        loop.stop(Duration.ofSeconds(5));
    }
}
