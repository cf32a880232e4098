package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ServerPort;
import id.gamestore.contracts.events.Sftp;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.saga.SagaConfig;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.provisioning.worker.WorkerPool;
import id.gamestore.sandbox.panel.PanelAllocation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A package with {@code allocations: 3}, {@code ports: {QUERY_PORT: 1, RCON_PORT: 2}} and consecutive ports (test
 * mapping {@code ark-3port}, the sandbox's stock Ark egg): every port on one node, the egg variables set to them, the
 * completed event telling all of it, everything freed when the job is undone, and no port shared between jobs.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class MultiPortTest extends ScenarioSupport {
    private static final PackageRef ARK = new PackageRef("ark-3port", "ARK 3 ports", "ark", 1, 150_000L);

    @Inject
    SagaConfig saga;

    @Test
    void threePortPackageGetsThreeConsecutivePortsOnOneNodeMappedToItsVariablesAndTheEventSaysSo() throws Exception {
        panel.resetAfterServerCreate(1);
        OrderConfirmed order = Orders.confirmed(Orders.newCustomer(true), ARK);
        publish(order);

        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);

        String external = "gs-order-" + order.orderId();
        assertThat(panel.serversWithExternalId(external)).as("adopted after the lost response, not created twice")
                .isEqualTo(1);
        List<PanelAllocation> allocations = new ArrayList<>(panel.allocationsOf(external));
        allocations.sort(Comparator.comparingInt(PanelAllocation::port));
        assertThat(allocations).hasSize(3);
        assertThat(allocations).extracting(PanelAllocation::nodeId).containsOnly(2);
        int first = allocations.get(0).port();
        assertThat(allocations).extracting(PanelAllocation::port).containsExactly(first, first + 1, first + 2);
        assertThat(panel.primaryAllocationOf(external)).isEqualTo(allocations.get(0).id());
        PanelProbe.ServerView server = panel.serverByExternalId(external).orElseThrow();
        assertThat(server.environment()).containsEntry("QUERY_PORT", Integer.toString(first + 1))
                .containsEntry("RCON_PORT", Integer.toString(first + 2))
                .containsEntry("SESSION_NAME", "A Pterodactyl Hosted ARK Server");

        String ip = allocations.get(0).ip();
        assertThat(done.server().port()).isEqualTo(first);
        assertThat(done.server().ports()).containsExactly(new ServerPort(ip, first, ServerPort.GAME),
                new ServerPort(ip, first + 1, "QUERY_PORT"), new ServerPort(ip, first + 2, "RCON_PORT"));
        assertThat(done.server().sftp()).isEqualTo(new Sftp("jkt-node-2.sandbox.test", 2022));
        assertThat(done.server().description()).isEqualTo("ARK: Survival Evolved, 3 ports");
        assertThat(done.server().started()).isEqualTo(saga.autoStart());
        assertThat(Duration.between(order.occurredAt(), done.confirmedAt()).abs())
                .as("order.confirmed's occurredAt, stored to the microsecond").isLessThanOrEqualTo(Duration.ofNanos(1000));
        assertThat(done.pkg().totalPrice()).isEqualTo(150_000L);
        assertThat(db.reservations()).isZero();
        assertAllEventsValid(order.orderId());
    }

    @Test
    void undoingAThreePortServerFreesAllThreeAllocations() throws Exception {
        panel.installTakes(Duration.ofSeconds(2));
        panel.failNextInstalls(1);
        OrderConfirmed order = Orders.confirmed(Orders.newCustomer(true), ARK);
        publish(order);
        String external = "gs-order-" + order.orderId();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> panel.allocationsOf(external).size() == 3);
        assertThat(panel.inventory().allocationsInUse()).isEqualTo(start.allocationsInUse() + 3);

        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
        ProvisioningFailed failed = EventJson.read(terminal.json(), ProvisioningFailed.class);
        assertThat(failed.reason()).isEqualTo(FailureReason.INSTALL_FAILED);
        assertThat(failed.compensated()).isTrue();
        assertThat(db.state(order.orderId())).isEqualTo(JobState.FAILED);
        assertThat(db.reservations()).isZero();
        assertInventoryBackToStart();
    }

    @Test
    void concurrentThreePortOrdersOnTwoInstancesNeverShareAPort() throws Exception {
        WorkerPool second = workers.newPool("instance-b", 2);
        second.start();
        List<String> orderIds = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                OrderConfirmed order = Orders.confirmed(Orders.newCustomer(true), ARK);
                orderIds.add(order.orderId());
                publish(order);
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> db.inState(JobState.COMPLETED) + db.inState(JobState.FAILED) == orderIds.size());
        } finally {
            second.stop();
        }
        assertThat(db.inState(JobState.COMPLETED)).isEqualTo(orderIds.size());
        Set<Integer> seen = new HashSet<>();
        for (String orderId : orderIds) {
            List<PanelAllocation> allocations = panel.allocationsOf("gs-order-" + orderId);
            assertThat(allocations).hasSize(3);
            assertThat(allocations.stream().map(PanelAllocation::nodeId).distinct()).hasSize(1);
            allocations.forEach(a -> assertThat(seen.add(a.id())).as("allocation %s used twice", a.id()).isTrue());
        }
        assertThat(db.reservations()).isZero();
    }
}
