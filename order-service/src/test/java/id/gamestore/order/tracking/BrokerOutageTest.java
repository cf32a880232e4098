package id.gamestore.order.tracking;

import static id.gamestore.order.support.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.ConsumerBrokerProxyResource;
import id.gamestore.order.support.InjectRelayProxy;
import id.gamestore.order.support.TcpProxy;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The broker goes away for both the consumer and the outbox relay for 15 s while an order is confirmed. */
@QuarkusTest
@QuarkusTestResource(value = ConsumerBrokerProxyResource.class, restrictToAnnotatedClass = true)
class BrokerOutageTest {
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());
    static TestBroker broker;
    static String confirmedQueue;

    @InjectRelayProxy
    TcpProxy relayProxy;

    @BeforeAll
    static void connect() throws Exception {
        broker = new TestBroker();
        confirmedQueue = broker.tempQueue(Topology.ORDERS_EXCHANGE, EventTypes.ORDER_CONFIRMED);
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @AfterEach
    void brokerBack() {
        ConsumerBrokerProxyResource.proxy().restore();
        if (!relayProxy.isRunning()) {
            relayProxy.start();
        }
    }

    @Test
    void aConfirmAndAProvisioningEventDuringABrokerOutageAreNeitherLostNorDoubled() throws Exception {
        String id = Api.placeOrder();
        ConsumerBrokerProxyResource.proxy().cut();
        relayProxy.stop();

        Api.confirm(id);
        ProvisioningCompleted completed = completed(id);
        broker.publish(Topology.PROVISIONING_EXCHANGE, completed.type(), completed.eventId().toString(),
                EventJson.write(completed));
        await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                admin().get("/api/admin/orders/" + id).then().body("status", equalTo("CONFIRMED")));

        ConsumerBrokerProxyResource.proxy().restore();
        relayProxy.start();
        List<String> confirms = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            broker.drain(confirmedQueue).stream().map(TestBroker::body).filter(b -> b.contains(id))
                    .forEach(confirms::add);
            admin().get("/api/admin/orders/" + id).then().body("status", equalTo("COMPLETED"));
            assertThat(confirms).isNotEmpty();
        });
        assertThat(confirms).hasSize(1);
        assertThat(admin().get("/api/admin/orders/" + id).then().extract().jsonPath().getList("timeline.message")
                .stream().filter(m -> String.valueOf(m).startsWith("server ready")).count()).isEqualTo(1);
        assertThat(broker.messageCount(Topology.deadLetterQueue(Topology.ORDER_PROVISIONING_EVENTS_QUEUE))).isZero();
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
