package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.contracts.testing.TcpProxy;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.support.DatabaseProxyResource;
import id.gamestore.provisioning.support.FaultSummary;
import id.gamestore.provisioning.support.InjectProxy;
import id.gamestore.provisioning.support.LogCapture;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.health.MappingStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The database goes away (5 s) while a worker is in the middle of a step. The worker keeps the job (its lease is 2 min
 * here) and carries on within seconds of the database's return, instead of leaving it leased until the lease runs
 * out; the server it was creating is not created twice.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
@QuarkusTestResource(value = DatabaseProxyResource.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest extends ScenarioSupport {
    /**
     * Five times the worker's longest pause while the database is away (1 s in the test profile), and five times the
     * second in which a consumer without the hold burns its deliveries.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    @InjectProxy
    TcpProxy database;
    @Inject
    MappingStatus readiness;

    @AfterEach
    void databaseBack() {
        database.restore();
    }

    @Test
    void jobInFlightDuringADatabaseOutageResumesWithinSecondsOfItsReturn() throws Exception {
        panel.slowServerCreate(Duration.ofSeconds(2));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            ProvisioningJob job = db.job(order.orderId());
            return job != null && job.serverCreating && job.leaseOwner != null;
        });

        database.cut();
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(2))
                .until(() -> broker.events(order.orderId(), EventTypes.PROVISIONING_COMPLETED).isEmpty());
        database.restore();
        Instant restored = Instant.now();

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(20)).type())
                .as("completed within 20 s of the database's return, not after the 2 min lease")
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        System.out.println("completed " + Duration.between(restored, Instant.now()).toMillis()
                + " ms after the database came back");
        assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(order.orderId()))).isEqualTo(1);
        assertThat(panel.inventory().users()).isEqualTo(start.users() + 1);
        FaultSummary.of(panel, broker, List.of(order.orderId()), 0, start).print().assertClean();
    }

    /**
     * An order.confirmed that arrives while the database is away is held by the consumer and stored in place once the
     * database answers: it is neither handed back to the queue nor dead-lettered meanwhile (no redelivery burnt), and
     * the order is provisioned once.
     */
    @Test
    void anOrderConfirmedArrivingDuringADatabaseOutageIsHeldInPlaceAndProvisionedOnceWhenItIsBack() throws Exception {
        broker.purgeDeadLetters();
        OrderConfirmed order = Orders.confirmed("mc-basic");
        try (LogCapture log = LogCapture.install()) {
            database.cut();
            publish(order);
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(2)).until(() -> broker.deadLettered() == 0
                    && broker.ready(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE) == 0);
            assertThat(log.contains("holding messages and retrying in place")).as("held in place").isTrue();
            database.restore();

            assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(30)).type())
                    .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
            assertThat(log.contains("requeued")).as("handed back to the queue").isFalse();
        }
        assertThat(broker.deadLettered()).isZero();
        assertThat(broker.ready(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE)).isZero();
        assertThat(db.jobs()).isEqualTo(1);
        assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(order.orderId()))).isEqualTo(1);
    }

    /**
     * The panel checks of readiness cannot run while the rate budget (kept in this service's database) is away; that
     * is the database check's DOWN, not three failed panel checks that would keep readiness DOWN, blaming the panel,
     * for a whole cache period after the database is back.
     */
    @Test
    void aDatabaseOutageIsNotCountedAsFailedPanelChecks() {
        readiness.refresh();
        database.cut();
        for (int i = 0; i < 3; i++) {
            readiness.refresh();
        }
        database.restore();
        MappingStatus.Snapshot after = readiness.current();
        assertThat(after.panelFailures()).as("failed panel checks counted during the outage").isZero();
        assertThat(after.panel()).isEqualTo("UP");
        assertThat(readiness.refresh().panel()).isEqualTo("UP");
    }
}
