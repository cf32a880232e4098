package id.gamestore.order.tracking;

import static id.gamestore.order.support.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.OrderDatabaseProxy;
import id.gamestore.support.testing.DatabaseProxyResource;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The consumer's own database goes away (a TCP proxy in front of PostgreSQL is cut) while a provisioning.completed
 * arrives, for longer than the old requeue budget (5 deliveries at 100-200 ms pauses in this class's config).
 */
@QuarkusTest
@QuarkusTestResource(value = OrderDatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabaseOutageConsumerTest {
    static final String DLQ = Topology.deadLetterQueue(Topology.ORDER_PROVISIONING_EVENTS_QUEUE);
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());
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

    @AfterEach
    void databaseBack() {
        DatabaseProxyResource.proxy().restore();
    }

    @Test
    void aCompletedEventArrivingDuringADatabaseOutageIsHeldAndAppliedOnceWhenTheDatabaseIsBack() throws Exception {
        assertThat(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class))
                .contains(":" + DatabaseProxyResource.proxy().port() + "/");
        String id = Api.placeOrder();
        Api.confirm(id);
        broker.drain(DLQ);
        ProvisioningCompleted completed = completed(id);

        DatabaseProxyResource.proxy().cut();
        broker.publish(Topology.PROVISIONING_EXCHANGE, completed.type(), completed.eventId().toString(),
                EventJson.write(completed));
        // the old consumer burned its 5 deliveries in about a second and parked the event here
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(12))
                .until(() -> broker.messageCount(DLQ) == 0);
        DatabaseProxyResource.proxy().restore();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin().get("/api/admin/orders/" + id).then()
                .statusCode(200).body("status", equalTo("COMPLETED")));
        JsonPath detail = admin().get("/api/admin/orders/" + id).then().extract().jsonPath();
        assertThat(detail.getList("timeline.message").stream()
                .filter(m -> String.valueOf(m).startsWith("server ready")).count()).isEqualTo(1);
        assertThat(broker.messageCount(DLQ)).isZero();
        assertThat(broker.messageCount(Topology.ORDER_PROVISIONING_EVENTS_QUEUE)).isZero();
    }

    private static ProvisioningCompleted completed(String id) {
        Customer customer = new Customer("CUS-TEST", "+6281234567890", "Budi", null, "id");
        return ProvisioningCompleted.of(id, "corr", "job-" + id, customer,
                new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1),
                new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", true,
                        CIPHER.seal("s3cret-Pass", id)),
                new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC", "10.0.0.5",
                        25565, 2048, 100, 10240));
    }
}
