package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.support.LogCapture;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.faults.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** {@code credentials.reset-requested} against the sandbox panel, the real broker and database. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class CredentialResetTest extends ScenarioSupport {
    private static final String PATCH_USER = "/api/application/users/\\d+";

    @Inject
    PterodactylClient client;
    @Inject
    MeterRegistry registry;

    LogCapture log;

    @BeforeEach
    void captureLogAndWaitForConsumer() {
        log = LogCapture.install();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> broker.consumers(Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE) > 0);
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void resetSetsANewPasswordThatLogsInAndRetiresTheOldOne() throws Exception {
        Provisioned p = provision();
        double doneBefore = resets("DONE");
        Instant begin = Instant.now();
        CredentialsResetRequested request = request(p.order());
        broker.publish(request);

        TestBroker.Received received = awaitOnly(p.orderId(), EventTypes.CREDENTIALS_RESET);
        CredentialsReset reset = EventJson.read(received.json(), CredentialsReset.class);
        assertThat(received.messageId()).isEqualTo(reset.eventId().toString());
        assertThat(reset.requestId()).isEqualTo(request.requestId());
        assertThat(reset.correlationId()).isEqualTo(request.correlationId());
        assertThat(reset.customer()).isEqualTo(request.customer());
        assertThat(reset.pkg()).isEqualTo(p.done().pkg());
        // the same server, except whether it runs: that was true at delivery and is not claimed again at a reset
        assertThat(reset.server()).usingRecursiveComparison().ignoringFields("started").isEqualTo(p.done().server());
        assertThat(reset.server().started()).isNull();
        assertThat(reset.panelUrl()).isEqualTo(p.done().panel().url());
        assertThat(reset.username()).isEqualTo(p.done().panel().username());

        String password = cipher.open(reset.password(), p.orderId());
        assertThat(password).hasSize(16).isNotEqualTo(p.password());
        assertThat(panel.checkPassword(reset.username(), password)).as("new password logs in").isTrue();
        assertThat(panel.checkPassword(reset.username(), p.password())).as("old password retired").isFalse();
        assertThat(panel.requestsSince(begin, "PATCH", PATCH_USER)).isEqualTo(1);
        assertThat(db.resets(p.orderId())).containsExactly("DONE:-:0");
        assertThat(broker.events(p.orderId(), EventTypes.CREDENTIALS_RESET_FAILED)).isEmpty();

        assertThat(resets("DONE")).isEqualTo(doneBefore + 1);

        assertThat(log.contains("credential reset")).as("the capture sees the service's log").isTrue();
        assertThat(log.contains(password)).as("new password in the log").isFalse();
        assertThat(log.contains(p.password())).as("old password in the log").isFalse();
    }

    @Test
    void theSameRequestDeliveredThreeTimesResetsOnce() throws Exception {
        Provisioned p = provision();
        Instant begin = Instant.now();
        CredentialsResetRequested request = request(p.order());
        for (int i = 0; i < 3; i++) {
            broker.publish(request);
        }

        TestBroker.Received received = awaitOnly(p.orderId(), EventTypes.CREDENTIALS_RESET);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> broker.events(p.orderId(), EventTypes.CREDENTIALS_RESET).size() == 1);
        String password = cipher.open(EventJson.read(received.json(), CredentialsReset.class).password(), p.orderId());
        assertThat(panel.checkPassword(p.done().panel().username(), password)).isTrue();
        assertThat(panel.requestsSince(begin, "PATCH", PATCH_USER)).isEqualTo(1);
        assertThat(db.resets(p.orderId())).containsExactly("DONE:-:0");
    }

    @Test
    void anUnknownOrderIsNotProvisioned() throws Exception {
        OrderConfirmed never = Orders.confirmed("mc-basic");
        broker.publish(request(never));

        CredentialsResetFailed failed = failure(never.orderId());
        assertThat(failed.reason()).isEqualTo("NOT_PROVISIONED");
        assertThat(resets("NOT_PROVISIONED")).isPositive();
        assertThat(failed.adminDetail()).contains(never.orderId());
        assertThat(db.resets(never.orderId())).containsExactly("FAILED:NOT_PROVISIONED:0");
    }

    @Test
    void aUserDeletedOnThePanelIsReportedMissing() throws Exception {
        Provisioned p = provision();
        client.forceDeleteServer(p.done().server().id());
        client.deleteUser(p.done().panel().userId());
        broker.publish(request(p.order()));

        CredentialsResetFailed failed = failure(p.orderId());
        assertThat(failed.reason()).isEqualTo("PANEL_USER_MISSING");
        assertThat(failed.adminDetail()).contains(String.valueOf(p.done().panel().userId()));
        assertThat(broker.events(p.orderId(), EventTypes.CREDENTIALS_RESET)).isEmpty();
    }

    @Test
    void aPanel503OnTheUpdateIsRetriedAndTheResetSucceeds() throws Exception {
        Provisioned p = provision();
        Instant begin = Instant.now();
        panel.fault(Fault.serverError(503).on("PATCH", "/api/application/users/*").times(1));
        broker.publish(request(p.order()));

        TestBroker.Received received = awaitOnly(p.orderId(), EventTypes.CREDENTIALS_RESET);
        String password = cipher.open(EventJson.read(received.json(), CredentialsReset.class).password(), p.orderId());
        assertThat(panel.checkPassword(p.done().panel().username(), password)).isTrue();
        assertThat(panel.requestsSince(begin, "PATCH", PATCH_USER)).isEqualTo(2);
        assertThat(db.resets(p.orderId())).containsExactly("DONE:-:1");
        assertThat(broker.events(p.orderId(), EventTypes.CREDENTIALS_RESET_FAILED)).isEmpty();
        assertThat(log.contains(password)).isFalse();
    }

    @Test
    void aPanelThatKeepsFailingEndsAsPanelUnavailable() throws Exception {
        Provisioned p = provision();
        panel.fault(Fault.serverError(502).on("PATCH", "/api/application/users/*"));
        broker.publish(request(p.order()));

        CredentialsResetFailed failed = failure(p.orderId());
        panel.clearFaults();
        assertThat(failed.reason()).isEqualTo("PANEL_UNAVAILABLE");
        assertThat(failed.adminDetail()).contains("gave up after 7 attempts");
        assertThat(panel.checkPassword(p.done().panel().username(), p.password())).as("old password kept").isTrue();
    }

    @Test
    void anUpdateThePanelRefusesIsRejected() throws Exception {
        Provisioned p = provision();
        panel.fault(Fault.serverError(422).on("PATCH", "/api/application/users/*").times(1));
        broker.publish(request(p.order()));

        CredentialsResetFailed failed = failure(p.orderId());
        assertThat(failed.reason()).isEqualTo("PANEL_REJECTED");
        assertThat(failed.adminDetail()).contains("422");
    }

    @Test
    void unreadableRequestsAreDeadLettered() throws Exception {
        String queue = Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE;
        broker.purgeDeadLetters(queue);
        broker.publishRaw(EventTypes.CREDENTIALS_RESET_REQUESTED, "not json".getBytes(StandardCharsets.UTF_8), "r-1");
        broker.publishRaw(EventTypes.CREDENTIALS_RESET_REQUESTED,
                "{\"type\":\"credentials.reset-requested\",\"orderId\":\"X\"}".getBytes(StandardCharsets.UTF_8), "r-2");

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadLettered(queue) == 2);
        assertThat(db.resets("X")).isEmpty();
    }

    @Test
    void aResetRequestNamingAnotherPhoneStillSendsTheNewPasswordOnlyToTheOrdersCustomer() throws Exception {
        Provisioned p = provision();
        Customer attacker = new Customer(p.order().customer().customerId(), "+6281399998888", "Attacker",
                "attacker@example.com", "id");
        broker.publish(CredentialsResetRequested.of(p.orderId(), p.order().correlationId(), "RQ-X-" + p.orderId(),
                attacker, "customer"));

        CredentialsReset reset = EventJson.read(awaitOnly(p.orderId(), EventTypes.CREDENTIALS_RESET).json(),
                CredentialsReset.class);
        assertThat(reset.customer()).isEqualTo(p.order().customer());
        assertThat(reset.customer().phone()).isNotEqualTo(attacker.phone());
    }

    @Test
    void aResetNeverTouchesAPanelUserThisProductDidNotCreate() throws Exception {
        Provisioned p = provision();
        // An order provisioned before this product stopped adopting users by email points at someone else's account.
        db.pointJobAtPanelUser(p.orderId(), 2);
        broker.publish(request(p.order()));

        CredentialsResetFailed failed = failure(p.orderId());
        assertThat(failed.reason()).isEqualTo("PANEL_REJECTED");
        assertThat(failed.adminDetail()).contains("not created by this product");
        assertThat(panel.checkPassword("staff", "sandbox-staff-password")).as("staff password untouched").isTrue();
    }

    /**
     * The reset's lease passes to another instance while this one waits on the panel: it must not send its PATCH,
     * which could land after the newer run's password and leave the customer with a dead one.
     */
    @Test
    void aResetThatLostItsLeaseWhileWaitingOnThePanelNeverSendsItsPasswordUpdate() throws Exception {
        Provisioned p = provision();
        Instant begin = Instant.now();
        panel.fault(Fault.latency(Duration.ofSeconds(2)).on("GET", "/api/application/users/*").times(1));
        broker.publish(request(p.order()));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> db.resets(p.orderId()).stream().anyMatch(r -> r.startsWith("RUNNING")));
        db.resetLeaseTakenByAnotherInstance(p.orderId());

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> panel.requestsSince(begin, "PATCH", PATCH_USER) == 0);
        assertThat(panel.checkPassword(p.done().panel().username(), p.password())).as("password unchanged").isTrue();
        assertThat(credentialEvents(p.orderId())).isEmpty();

        // The other instance's lease runs out; the reset is taken up again and completes once.
        db.resetLeaseExpired(p.orderId());
        CredentialsReset reset = EventJson.read(awaitOnly(p.orderId(), EventTypes.CREDENTIALS_RESET).json(),
                CredentialsReset.class);
        assertThat(panel.checkPassword(reset.username(), cipher.open(reset.password(), p.orderId()))).isTrue();
    }

    /** A provisioned order, its completed event and the password it was delivered with. */
    record Provisioned(OrderConfirmed order, ProvisioningCompleted done, String password) {
        String orderId() {
            return order.orderId();
        }
    }

    private Provisioned provision() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);
        return new Provisioned(order, done, cipher.open(done.panel().password(), order.orderId()));
    }

    private double resets(String outcome) {
        var counter = registry.find("provisioning.credential.resets").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static CredentialsResetRequested request(OrderConfirmed order) {
        return CredentialsResetRequested.of(order.orderId(), order.correlationId(), "RQ-" + order.orderId(),
                order.customer(), "customer");
    }

    /** Waits for one event of {@code type}, checks it against its schema and that no other credentials event came. */
    private TestBroker.Received awaitOnly(String orderId, String type) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !credentialEvents(orderId).isEmpty());
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> credentialEvents(orderId).size() == 1);
        TestBroker.Received received = credentialEvents(orderId).get(0);
        assertThat(received.type()).isEqualTo(type);
        assertThat(EventSchemas.validate(received.type(), received.json())).as("schema of " + type).isEmpty();
        return received;
    }

    private CredentialsResetFailed failure(String orderId) {
        TestBroker.Received received = awaitOnly(orderId, EventTypes.CREDENTIALS_RESET_FAILED);
        CredentialsResetFailed failed = EventJson.read(received.json(), CredentialsResetFailed.class);
        assertThat(failed.customerMessage()).startsWith("Maaf");
        return failed;
    }

    private List<TestBroker.Received> credentialEvents(String orderId) {
        return broker.events(orderId).stream().filter(r -> r.type().startsWith("credentials.")).toList();
    }
}
