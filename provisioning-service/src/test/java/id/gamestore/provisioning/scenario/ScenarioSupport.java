package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.LoginDeliveryStub;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.provisioning.placement.NodeCache;
import id.gamestore.provisioning.worker.Workers;
import jakarta.inject.Inject;

/** What every scenario needs: a clean database and panel, the broker client, and waiting for outcomes. */
abstract class ScenarioSupport {
    static TestBroker broker;

    @Inject
    Db db;
    @Inject
    Workers workers;
    @Inject
    NodeCache nodeCache;
    @Inject
    CredentialCipher cipher;

    PanelProbe panel;
    PanelProbe.Inventory start;

    @BeforeAll
    static void openBroker() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void closeBroker() throws Exception {
        broker.close();
    }

    @BeforeEach
    void cleanState() {
        panel = PanelProbe.current();
        panel.reset();
        nodeCache.invalidate(); // the panel was reset behind the service's back
        LoginDeliveryStub.current().reset();
        db.clean();
        start = panel.inventory();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.consumers() > 0);
    }

    void publish(OrderConfirmed order) throws Exception {
        broker.publish(order);
    }

    /** Waits for the one terminal event and checks nothing else terminal follows for a moment. */
    TestBroker.Received awaitTerminal(String orderId, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> !terminals(orderId).isEmpty());
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> terminals(orderId).size() == 1);
        TestBroker.Received terminal = terminals(orderId).get(0);
        assertThat(EventSchemas.validate(terminal.type(), terminal.json())).as("schema of " + terminal.type()).isEmpty();
        return terminal;
    }

    /** Publishes the order and answers its provisioning.completed (the test fails on anything else). */
    ProvisioningCompleted complete(OrderConfirmed order) throws Exception {
        publish(order);
        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(45));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        return EventJson.read(terminal.json(), ProvisioningCompleted.class);
    }

    /** The password the completed event carries, opened as notification-service would. */
    String password(ProvisioningCompleted done) {
        return cipher.open(done.panel().password(), done.orderId());
    }

    List<TestBroker.Received> terminals(String orderId) {
        return broker.events(orderId).stream().filter(r -> r.type().equals(EventTypes.PROVISIONING_COMPLETED)
                || r.type().equals(EventTypes.PROVISIONING_FAILED)).toList();
    }

    void awaitState(String orderId, JobState state, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> db.state(orderId) == state);
    }

    void assertAllEventsValid(String orderId) {
        for (TestBroker.Received r : broker.events(orderId)) {
            assertThat(EventSchemas.validate(r.type(), r.json())).as(r.type()).isEmpty();
            assertThat(r.messageId()).isNotBlank();
            assertThat(r.json()).contains(r.messageId());
        }
    }

    void assertInventoryBackToStart() {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(panel.inventory()).isEqualTo(start));
    }
}
