package id.gamestore.provisioning.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.provisioning.worker.WorkerPool;
import id.gamestore.provisioning.worker.Workers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Throughput against the sandbox at the panel's real limit (240/min). Not part of the normal build: run
 * {@code bench/provisioning/run.sh}. Prints provisions per minute, panel requests per provision, and how close the
 * throughput comes to the bound the rate limit allows.
 */
@Tag("bench")
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ProvisioningBenchmarkTest {
    private static final int LIMIT = 240;

    @Inject
    Db db;
    @Inject
    Workers workers;

    @Test
    void provisionsPerMinute() throws Exception {
        int orders = Integer.getInteger("bench.orders", 40);
        PanelProbe panel = PanelProbe.current();
        panel.reset();
        db.clean();
        WorkerPool extra = workers.newPool("bench-extra", 4);
        extra.start();
        try (TestBroker broker = new TestBroker()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.consumers() > 0);
            Instant begin = Instant.now();
            List<OrderConfirmed> sent = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                OrderConfirmed order = Orders.confirmed(Orders.newCustomer(i % 2 == 0), "mc-small");
                sent.add(order);
                broker.publish(order);
            }
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> db.inState(JobState.COMPLETED) + db.inState(JobState.FAILED) == orders);
            Duration took = Duration.between(begin, Instant.now());
            long completed = db.inState(JobState.COMPLETED);
            long all = panel.requestsSince(begin, true);
            long withoutPolls = panel.requestsSince(begin, false);
            long application = panel.applicationRequestsSince(begin);
            double perMinute = completed * 60_000.0 / took.toMillis();
            double appPerProvision = (double) application / completed;
            double bound = LIMIT / appPerProvision;
            System.out.printf("BENCH orders=%d completed=%d seconds=%.1f%n", orders, completed, took.toMillis() / 1000.0);
            System.out.printf("BENCH provisions_per_minute=%.1f%n", perMinute);
            System.out.printf("BENCH panel_requests_per_provision_excluding_install_polling=%.2f%n",
                    (double) withoutPolls / completed);
            System.out.printf("BENCH panel_requests_per_provision_all=%.2f (application API %.2f)%n",
                    (double) all / completed, appPerProvision);
            System.out.printf("BENCH rate_limit_bound_per_minute=%.1f throughput_vs_bound=%.0f%%%n", bound,
                    100 * perMinute / bound);
            System.out.printf("BENCH max_application_requests_in_any_60s=%d throttled=%d%n",
                    panel.maxApplicationRequestsInWindow(Duration.ofSeconds(60), begin), panel.throttledSince(begin));
            System.out.printf("BENCH sent=%d%n", sent.size());
        } finally {
            extra.stop();
        }
    }
}
