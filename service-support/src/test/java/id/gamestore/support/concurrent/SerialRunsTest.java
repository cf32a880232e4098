package id.gamestore.support.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialRunsTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void requestsBeforeARunStartsMakeOneRun() {
        Queue<Runnable> handedOver = new ArrayDeque<>();
        AtomicInteger runs = new AtomicInteger();
        SerialRuns serial = new SerialRuns(handedOver::add, runs::incrementAndGet);

        serial.request();
        serial.request();
        serial.request();
        assertThat(handedOver).hasSize(1);
        handedOver.poll().run();

        assertThat(runs).hasValue(1);
    }

    @Test
    void requestsDuringARunMakeExactlyOneMoreRunAfterIt() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        SerialRuns serial = new SerialRuns(pool, () -> {
            if (runs.incrementAndGet() == 1) {
                firstStarted.countDown();
                waitFor(release);
            }
        });

        serial.request();
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        serial.request();
        serial.request();
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(runs).hasValue(2));
        // and nothing else follows
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
    }

    @Test
    void runsNeverOverlapAndNoRequestIsLost() {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        SerialRuns serial = new SerialRuns(pool, () -> {
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            seen.set(asked.get());
            active.decrementAndGet();
        });

        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 2000; i++) {
                callers.execute(() -> {
                    asked.incrementAndGet();
                    serial.request();
                });
            }
        } finally {
            callers.shutdown();
        }

        // every request is followed by a run that starts after it, so the last run saw all 2000
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(seen).hasValue(2000));
        assertThat(maxActive).hasValue(1);
    }

    @Test
    void noRunStartsAfterStop() {
        Queue<Runnable> handedOver = new ArrayDeque<>();
        AtomicInteger runs = new AtomicInteger();
        SerialRuns serial = new SerialRuns(handedOver::add, runs::incrementAndGet);

        serial.stop();
        serial.request();

        assertThat(handedOver).isEmpty();
        assertThat(runs).hasValue(0);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
