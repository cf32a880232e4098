package id.gamestore.order.support;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;

/** Orders taken to COMPLETED the way production does it: placed, confirmed, then a provisioning.completed event. */
public final class CompletedOrders {
    private static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());

    private CompletedOrders() {
    }

    /** A COMPLETED order of a customer with this phone (E.164). */
    public static String completed(TestBroker broker, String phone) throws Exception {
        return completed(broker, phone, "0b1c2d3e");
    }

    /** A COMPLETED order of a customer with this phone (E.164) whose server has this short identifier. */
    public static String completed(TestBroker broker, String phone, String serverIdentifier) throws Exception {
        String id = Api.bot().body(Api.orderBody(phone, "Budi Santoso", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201).extract().path("orderId");
        Api.confirm(id);
        Customer customer = new Customer("CUS-TEST", phone, "Budi Santoso", null, "id");
        ProvisioningCompleted event = ProvisioningCompleted.of(id, "corr", "job-" + id, customer,
                new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1),
                new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", true,
                        CIPHER.seal("first-Pass-1", id)),
                new ServerInfo(12, serverIdentifier + "-0000-4000-8000-000000000000", serverIdentifier, "Budi MC",
                        "10.0.0.5", 25565, 2048, 100, 10240));
        broker.publish(Topology.PROVISIONING_EXCHANGE, event.type(), event.eventId().toString(),
                EventJson.write(event));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Api.admin().get("/api/admin/orders/" + id)
                .then().body("status", equalTo("COMPLETED")));
        return id;
    }
}
