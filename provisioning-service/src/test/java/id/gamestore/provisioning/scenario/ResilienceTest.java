package id.gamestore.provisioning.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.provisioning.job.JobLeases;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.support.PanelProbe;
import jakarta.inject.Inject;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.support.FaultSummary;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Redeliveries, lost answers and a crash mid-job never make a second user or server, nor lose the order. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ResilienceTest extends ScenarioSupport {
    @Inject
    JobLeases leases;

    @Test
    void redeliveredOrderConfirmedIsProvisionedOnce() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        publish(order);
        publish(order);
        publish(order);

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(30)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(panel.inventory().users()).isEqualTo(start.users() + 1);
        assertThat(panel.inventory().servers()).isEqualTo(start.servers() + 1);
        assertThat(broker.events(order.orderId(), EventTypes.PROVISIONING_STARTED)).hasSize(1);
        FaultSummary.of(panel, broker, List.of(order.orderId()), 0, start).print().assertClean();
    }

    @Test
    void resetAfterTheServerWasCreatedAdoptsTheServer() throws Exception {
        panel.resetAfterServerCreate(1);
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(30)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(order.orderId()))).isEqualTo(1);
        assertThat(panel.inventory().servers()).isEqualTo(start.servers() + 1);
        assertThat(db.stepOutcomes(order.orderId())).contains("CREATE_SERVER:RETRY", "CREATE_SERVER:DONE");
        FaultSummary.of(panel, broker, List.of(order.orderId()), 1, start).print().assertClean();
    }

    @Test
    void transientPanelErrorsAreRetriedWithBackoff() throws Exception {
        panel.fault(Fault.serverError(503).on("POST", "/api/application/users").times(1));
        panel.fault(Fault.rateLimited().withMillis(1000).on("GET", "/api/application/nodes").times(1));
        panel.fault(Fault.timeout(Duration.ofSeconds(4)).on("POST", "/api/application/servers").times(1));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(45)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(db.stepOutcomes(order.orderId())).contains("ENSURE_USER:RETRY", "PLACE:RETRY", "CREATE_SERVER:RETRY");
        assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(order.orderId()))).isEqualTo(1);
        FaultSummary.of(panel, broker, List.of(order.orderId()), 3, start).print().assertClean();
    }

    @Test
    void compensationThatKeepsFailingIsParkedAndCanBeRetried() throws Exception {
        panel.failNextInstalls(1);
        panel.fault(Fault.serverError(500).on("DELETE", "/api/application/servers/*/force"));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(60));
        ProvisioningFailed failed = EventJson.read(terminal.json(), ProvisioningFailed.class);
        assertThat(failed.reason()).isEqualTo(FailureReason.INSTALL_FAILED);
        assertThat(failed.compensated()).isFalse();
        assertThat(failed.adminDetail()).contains("compensation failed").contains("gs-order-" + order.orderId());
        assertThat(db.state(order.orderId())).isEqualTo(JobState.COMPENSATION_FAILED);

        panel.clearFaults();
        given().header("X-Api-Key", "test-admin-key").post("/api/admin/jobs/" + order.orderId() + "/retry").then()
                .statusCode(200);
        awaitState(order.orderId(), JobState.FAILED, Duration.ofSeconds(30));
        assertInventoryBackToStart();
    }

    @Test
    void crashWhileCreatingTheServerIsResumedByAnotherWorker() throws Exception {
        panel.slowServerCreate(Duration.ofMillis(1500));
        double recoveredBefore = workers.recoveredCount();
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ProvisioningJob job = db.job(order.orderId());
            return job != null && job.serverCreating;
        });
        workers.pool().halt();
        workers.replaceHalted();

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(60)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(panel.serversWithExternalId(ProvisioningJob.serverExternalId(order.orderId()))).isEqualTo(1);
        assertThat(panel.inventory().users()).isEqualTo(start.users() + 1);
        int recovered = (int) (workers.recoveredCount() - recoveredBefore);
        assertThat(recovered).isGreaterThanOrEqualTo(1);
        FaultSummary.of(panel, broker, List.of(order.orderId()), recovered, start).print().assertClean();
    }

    @Test
    void instanceRestartedUnderItsNameResumesTheJobItHeldWithoutWaitingForTheLease() throws Exception {
        workers.pool().stop();
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.job(order.orderId()) != null);
        // The previous run of instance "prov-a" claimed the job and died holding it (lease: 20 s in tests).
        assertThat(leases.claim("prov-a/0")).isPresent();
        assertThat(leases.claim("other/0")).as("a live lease keeps other workers off").isEmpty();

        assertThat(leases.reclaimPreviousRun("prov-a")).isEqualTo(1);
        assertThat(leases.reclaimPreviousRun("prov-b")).as("another instance's leases are left alone").isZero();
        double recoveredBefore = workers.recoveredCount();
        workers.replaceHalted();

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(12)).type())
                .as("finished well inside the 20 s lease the dead run held").isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(workers.recoveredCount() - recoveredBefore).isEqualTo(1);
        FaultSummary.of(panel, broker, List.of(order.orderId()), 1, start).print().assertClean();
    }

    @Test
    void serverThatInstalledWhileNoWorkerWatchedIsKeptEvenPastTheDeadline() throws Exception {
        panel.installTakes(Duration.ofSeconds(2));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ProvisioningJob job = db.job(order.orderId());
            return job != null && job.currentStep == JobStep.WAIT_INSTALL;
        });
        workers.pool().stop();
        db.deadlinesPassed(order.orderId());
        await().atMost(Duration.ofSeconds(10)).until(() -> panel.serverByExternalId(
                ProvisioningJob.serverExternalId(order.orderId())).map(PanelProbe.ServerView::installed).orElse(false));
        workers.replaceHalted();

        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(20)).type())
                .as("the panel is asked before the deadline fails the job").isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        assertThat(panel.inventory().servers()).isEqualTo(start.servers() + 1);
    }

    @Test
    void serverStillInstallingPastTheDeadlineFailsAndIsRemoved() throws Exception {
        panel.installTakes(Duration.ofSeconds(60));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ProvisioningJob job = db.job(order.orderId());
            return job != null && job.currentStep == JobStep.WAIT_INSTALL;
        });
        workers.pool().stop();
        db.deadlinesPassed(order.orderId());
        workers.replaceHalted();

        ProvisioningFailed failed = EventJson.read(awaitTerminal(order.orderId(), Duration.ofSeconds(20)).json(),
                ProvisioningFailed.class);
        assertThat(failed.reason()).isEqualTo(FailureReason.INSTALL_TIMEOUT);
        assertThat(failed.compensated()).isTrue();
        assertInventoryBackToStart();
    }
}
