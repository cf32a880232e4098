package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One scenario per failure point: the expected compensation, exactly one provisioning.failed, nothing left behind. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class FailureScenariosTest extends ScenarioSupport {

    @Test
    void serverCreationRejectedDeletesTheUserWeCreated() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-badjar");
        publish(order);

        ProvisioningFailed failed = failed(order, FailureReason.PANEL_REJECTED);
        assertThat(failed.failedStep()).isEqualTo("CREATE_SERVER");
        assertThat(failed.adminDetail()).contains("422").contains("SERVER_JARFILE");
        assertThat(db.stepOutcomes(order.orderId())).contains("ENSURE_USER:DONE", "PLACE:DONE", "COMPENSATE:DONE");
        assertInventoryBackToStart();
    }

    @Test
    void noCapacityIsExplainedAndUndone() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-huge");
        publish(order);

        ProvisioningFailed failed = failed(order, FailureReason.NO_CAPACITY);
        assertThat(failed.failedStep()).isEqualTo("PLACE");
        assertThat(failed.adminDetail()).contains("jkt-node-1").contains("memory free, needs 262144");
        assertInventoryBackToStart();
    }

    @Test
    void failedInstallRemovesServerAndUser() throws Exception {
        panel.failNextInstalls(1);
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        ProvisioningFailed failed = failed(order, FailureReason.INSTALL_FAILED);
        assertThat(failed.failedStep()).isEqualTo("WAIT_INSTALL");
        assertInventoryBackToStart();
    }

    @Test
    void installPastTheStartupTimeoutIsUndone() throws Exception {
        panel.installTakes(Duration.ofSeconds(30));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);

        ProvisioningFailed failed = failed(order, FailureReason.INSTALL_TIMEOUT);
        assertThat(failed.failedStep()).isEqualTo("WAIT_INSTALL");
        assertInventoryBackToStart();
    }

    @Test
    void unknownPackageFailsAsConfigurationError() throws Exception {
        OrderConfirmed order = Orders.confirmed("no-such-package");
        publish(order);

        ProvisioningFailed failed = failed(order, FailureReason.CONFIGURATION_ERROR);
        assertThat(failed.adminDetail()).contains("no-such-package");
        assertInventoryBackToStart();
    }

    private ProvisioningFailed failed(OrderConfirmed order, FailureReason reason) {
        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(40));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_FAILED);
        ProvisioningFailed failed = EventJson.read(terminal.json(), ProvisioningFailed.class);
        assertThat(failed.reason()).isEqualTo(reason);
        assertThat(failed.compensated()).isTrue();
        assertThat(failed.customerMessage()).startsWith("Maaf");
        assertThat(db.state(order.orderId())).isEqualTo(JobState.FAILED);
        assertThat(db.reservations()).isZero();
        assertAllEventsValid(order.orderId());
        return failed;
    }
}
