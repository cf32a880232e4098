package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.contracts.testing.TcpProxy;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.support.BrokerProxyResource;
import id.gamestore.provisioning.support.InjectProxy;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The broker goes away (behind a {@code TcpProxy}) and comes back: the service holds exactly as many connections
 * afterwards as before (its publishing connection, which is recovered and not replaced by a second, and one per
 * consumed queue of the messaging connector), its consumers are back, and every event stored before, during and after
 * the outage is delivered once.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
@QuarkusTestResource(value = BrokerProxyResource.class, restrictToAnnotatedClass = true)
class BrokerOutageTest extends ScenarioSupport {
    /**
     * The publishing connection ({@code RabbitBroker}) and one per connector channel (order.confirmed, reset,
     * lifecycle actions).
     */
    private static final int CONNECTIONS = 1 + 3;

    @InjectProxy
    TcpProxy rabbit;
    @Inject
    OutboxWriter outbox;

    @AfterEach
    void brokerBack() {
        rabbit.restore();
    }

    @Test
    void brokerOutageLeavesNoExtraConnectionAndDeliversEveryEventOnce() throws Exception {
        List<ProvisioningStarted> events = new ArrayList<>();
        events.add(store());
        await().atMost(Duration.ofSeconds(10)).until(() -> db.unsentOutbox() == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumersOfAllQueues() == 3);
        assertThat(rabbit.connections()).as("connections before the outage").isEqualTo(CONNECTIONS);

        rabbit.cut();
        events.add(store());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> db.unsentOutbox() == 1);
        rabbit.restore();

        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsentOutbox() == 0);
        events.add(store());
        await().atMost(Duration.ofSeconds(10)).until(() -> db.unsentOutbox() == 0);
        // automatic recovery retries every 5 s: long enough for a recovering connection and a replacement to meet
        await("no extra broker connection from the service").during(Duration.ofSeconds(7))
                .atMost(Duration.ofSeconds(10)).until(() -> rabbit.connections() <= CONNECTIONS);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumersOfAllQueues() == 3);
        assertThat(rabbit.connections()).as("connections after the outage").isEqualTo(CONNECTIONS);
        for (ProvisioningStarted event : events) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !broker.events(event.orderId()).isEmpty());
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> events.stream().allMatch(e -> broker.events(e.orderId()).size() == 1));
    }

    private int consumersOfAllQueues() throws Exception {
        return broker.consumers(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE)
                + broker.consumers(Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE)
                + broker.consumers(Topology.PROVISIONING_LIFECYCLE_QUEUE);
    }

    private ProvisioningStarted store() {
        ProvisioningStarted event = ProvisioningStarted.of(Orders.confirmed("mc-basic").orderId(), "corr-outage",
                "job-outage", Orders.newCustomer(true), new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1));
        QuarkusTransaction.requiringNew().run(() -> outbox.add(event));
        return event;
    }
}
