package id.gamestore.order.tracking.messaging;

import static id.gamestore.order.support.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProvisioningEventConsumerTest {
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());
    static final Customer CUSTOMER = new Customer("CUS-TEST", "+6281234567890", "Budi", null, "id");
    static final PackageRef PKG = new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1);
    static TestBroker broker;

    @BeforeAll
    static void connect() {
        broker = new TestBroker();
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @Test
    void startedProgressCompletedMoveTheOrderAndAReplayChangesNothing() throws Exception {
        String id = confirmedOrder();
        publish(ProvisioningStarted.of(id, "corr", "job-1", CUSTOMER, PKG));
        awaitStatus(id, "PROVISIONING");
        publish(ProvisioningProgress.of(id, "corr", "job-1", CUSTOMER, "CREATE_SERVER", 3, 5, "Membuat server"));
        ProvisioningCompleted completed = ProvisioningCompleted.of(id, "corr", "job-1", CUSTOMER, PKG,
                new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", true,
                        CIPHER.seal("s3cret-Pass", id)),
                new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC", "10.0.0.5",
                        25565, 2048, 100, 10240));
        publish(completed);
        awaitStatus(id, "COMPLETED");

        JsonPath before = detail(id);
        assertThat(before.getString("server.identifier")).isEqualTo("0b1c2d3e");
        assertThat(before.getString("server.address")).isEqualTo("10.0.0.5:25565");
        assertThat(before.getString("server.panelUsername")).isEqualTo("budi_a1");
        assertThat(before.getList("timeline.step")).contains("CREATE_SERVER");
        assertThat(before.getList("timeline.status")).containsSubsequence("PENDING", "CONFIRMED", "PROVISIONING",
                "COMPLETED");

        publish(completed);
        publish(ProvisioningFailed.of(id, "corr", "job-1", CUSTOMER, PKG, FailureReason.INSTALL_FAILED, "WAIT_INSTALL",
                "Maaf", "late failure", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> detail(id).getList("timeline").size()
                > before.getList("timeline").size());
        JsonPath after = detail(id);
        assertThat(after.getString("status")).isEqualTo("COMPLETED");
        assertThat(after.getList("timeline.status").stream().filter("COMPLETED"::equals).count()).isEqualTo(2);
        assertThat(after.getList("timeline.message").stream().filter(m -> String.valueOf(m).contains("server ready"))
                .count()).isEqualTo(1);
        admin().get("/api/admin/orders/" + id).then().body(not(containsString("s3cret")))
                .body(not(containsString("ciphertext")));
    }

    @Test
    void failedMovesTheOrderToFailedWithTheReason() throws Exception {
        String id = confirmedOrder();
        publish(ProvisioningFailed.of(id, "corr", "job-2", CUSTOMER, PKG, FailureReason.NO_CAPACITY, "PLACE",
                "Maaf, server penuh", "no node fits 2048 MiB", true));
        awaitStatus(id, "FAILED");
        admin().get("/api/admin/orders/" + id).then().body("failure.reason", equalTo("NO_CAPACITY"))
                .body("failure.failedStep", equalTo("PLACE"))
                .body("failure.adminDetail", equalTo("no node fits 2048 MiB"));
        Api.bot().get("/api/orders/" + id).then().body("failureMessage", equalTo("Maaf, server penuh"));
    }

    @Test
    void unreadableMessagesGoToTheDeadLetterQueue() throws Exception {
        String dlq = Topology.deadLetterQueue(Topology.ORDER_PROVISIONING_EVENTS_QUEUE);
        broker.drain(dlq);
        String id = confirmedOrder();
        String marker = UUID.randomUUID().toString();
        broker.publish(Topology.PROVISIONING_EXCHANGE, "provisioning.completed", marker, "{not json " + marker);
        String v2 = EventJson.write(ProvisioningStarted.of(id, "corr", "job-3", CUSTOMER, PKG))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        broker.publish(Topology.PROVISIONING_EXCHANGE, "provisioning.started", marker + "-v2", v2);
        broker.publish(Topology.PROVISIONING_EXCHANGE, "provisioning.started", marker + "-unknown",
                EventJson.write(ProvisioningStarted.of("ORD-ZZZZZZZZ", "corr", "job-3", CUSTOMER, PKG)));

        java.util.Set<String> parked = new java.util.HashSet<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            broker.drain(dlq).forEach(r -> parked.add(r.getProps().getMessageId()));
            return parked.containsAll(List.of(marker, marker + "-v2", marker + "-unknown"));
        });
        admin().get("/api/admin/orders/" + id).then().body("status", equalTo("CONFIRMED"));
    }

    private static String confirmedOrder() {
        String id = Api.placeOrder();
        Api.confirm(id);
        return id;
    }

    private static void publish(DomainEvent event) throws Exception {
        String json = EventJson.write(event);
        assertThat(EventSchemas.validate(event.type(), json)).as(event.type()).isEmpty();
        broker.publish(Topology.PROVISIONING_EXCHANGE, event.type(), event.eventId().toString(), json);
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> admin().get("/api/admin/orders/" + id).then()
                .body("status", equalTo(status)));
    }

    private static JsonPath detail(String id) {
        return admin().get("/api/admin/orders/" + id).then().statusCode(200).extract().jsonPath();
    }

}
