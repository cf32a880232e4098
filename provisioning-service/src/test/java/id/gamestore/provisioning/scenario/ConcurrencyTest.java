package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.FaultSummary;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.worker.WorkerPool;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Many orders at once on two worker pools with distinct instance ids against the same database and broker (a second
 * instance in the same JVM): jobs are claimed with row locks and the rate budget is the shared database bucket,
 * exactly as two processes would share them. (One pool alone once ran the same twelve orders with the same checks;
 * the two pools put more workers on the one budget, so that run proved nothing this one does not.)
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ConcurrencyTest extends ScenarioSupport {
    private static final int ORDERS = 12;
    private static final int LIMIT = 240;

    @Test
    void twoInstancesProvisionEachOrderExactlyOnce() throws Exception {
        WorkerPool second = workers.newPool("instance-b", 2);
        second.start();
        try {
            runOrders(2);
            assertThat(db.instancesInStepLog()).hasSizeGreaterThanOrEqualTo(2);
        } finally {
            second.stop();
        }
    }

    private void runOrders(int instances) throws Exception {
        Instant begin = Instant.now();
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            OrderConfirmed order = Orders.confirmed(Orders.newCustomer(i % 2 == 0), "mc-basic");
            orderIds.add(order.orderId());
            publish(order);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> db.inState(JobState.COMPLETED) + db.inState(JobState.FAILED) == ORDERS);
        assertThat(db.inState(JobState.COMPLETED)).isEqualTo(ORDERS);
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.count(EventTypes.PROVISIONING_COMPLETED) >= ORDERS
                && orderIds.stream().allMatch(id -> terminals(id).size() == 1));
        Duration took = Duration.between(begin, Instant.now());

        assertThat(panel.inventory().servers()).isEqualTo(start.servers() + ORDERS);
        assertThat(panel.inventory().users()).isEqualTo(start.users() + ORDERS);
        assertThat(panel.distinctAllocationsOfServers()).isEqualTo(start.servers() + ORDERS);
        assertThat(db.reservations()).isZero();
        assertThat(panel.maxApplicationRequestsInWindow(Duration.ofSeconds(60), begin)).isLessThanOrEqualTo(LIMIT);
        assertThat(panel.maxApplicationRequestsInWindow(Duration.ofSeconds(10), begin)).isLessThanOrEqualTo(LIMIT / 6 + 4);
        assertThat(panel.throttledSince(begin)).isZero();
        System.out.printf("%d orders, %d instance(s): %d s, %d panel requests%n", ORDERS, instances, took.toSeconds(),
                panel.requestsSince(begin, true));
        FaultSummary.of(panel, broker, orderIds, 0, start).print().assertClean();
    }
}
