package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.LoginDeliveryStub;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class HappyPathTest extends ScenarioSupport {

    @Test
    void confirmedOrderBecomesAUserAndAnInstalledServerWithThePackageLimits() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        Instant begin = Instant.now();
        publish(order);

        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);

        PanelProbe.ServerView server = panel.serverByExternalId("gs-order-" + order.orderId()).orElseThrow();
        assertThat(server.memory()).isEqualTo(2048);
        assertThat(server.cpu()).isEqualTo(100);
        assertThat(server.disk()).isEqualTo(10240);
        assertThat(server.eggId()).isEqualTo(3);
        assertThat(server.environment()).containsEntry("MINECRAFT_VERSION", "latest")
                .containsEntry("SERVER_JARFILE", "server.jar").containsEntry("BUILD_NUMBER", "latest");
        assertThat(server.installed()).isTrue();

        assertThat(done.server().id()).isEqualTo(server.id());
        assertThat(done.server().memory()).isEqualTo(2048);
        assertThat(done.server().port()).isBetween(25565, 25614);
        assertThat(done.panel().newUser()).isTrue();
        assertThat(done.panel().userId()).isEqualTo(server.userId());
        String password = cipher.open(done.panel().password(), order.orderId());
        assertThat(password).hasSize(16).doesNotContain("*", "_", "~", "`");
        assertThat(panel.checkPassword(done.panel().username(), password)).isTrue();
        assertThat(panel.userExternalId(done.panel().userId())).isEqualTo("gs-customer-" + order.customer().customerId());

        assertThat(broker.events(order.orderId(), EventTypes.PROVISIONING_STARTED)).hasSize(1);
        assertThat(broker.events(order.orderId(), EventTypes.PROVISIONING_PROGRESS)).hasSizeGreaterThanOrEqualTo(5);
        assertAllEventsValid(order.orderId());
        assertThat(db.passwordEnvelopesAtRest()).isZero();

        long requests = panel.requestsSince(begin, false);
        System.out.println("panel requests for one fresh provision (install polling excluded): " + requests);
        assertThat(requests).isLessThanOrEqualTo(6);
    }

    @Test
    void returningCustomerKeepsTheirUserAndGetsNoPassword() throws Exception {
        Customer customer = Orders.newCustomer(false);
        OrderConfirmed first = Orders.confirmed(customer, "mc-basic");
        publish(first);
        assertThat(awaitTerminal(first.orderId(), Duration.ofSeconds(30)).type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        int usersAfterFirst = panel.inventory().users();
        LoginDeliveryStub.current().answer(first.orderId(), null, "ARRIVED");

        OrderConfirmed second = Orders.confirmed(customer, "mc-pro");
        publish(second);
        TestBroker.Received terminal = awaitTerminal(second.orderId(), Duration.ofSeconds(30));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);
        assertThat(done.panel().newUser()).isFalse();
        assertThat(done.panel().password()).isNull();
        assertThat(panel.inventory().users()).isEqualTo(usersAfterFirst);
        assertThat(panel.serverByExternalId("gs-order-" + second.orderId()).orElseThrow().memory()).isEqualTo(4096);
        assertThat(db.state(second.orderId())).isEqualTo(JobState.COMPLETED);
    }
}
