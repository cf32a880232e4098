package id.gamestore.order.reset;

import static id.gamestore.order.support.Api.admin;
import static id.gamestore.order.support.Api.bot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.CompletedOrders;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** provisioning-service's answers to a password reset, through the real queue. */
@QuarkusTest
class PasswordResetConsumerTest {
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());
    static final PackageRef PKG = new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1);
    static final ServerInfo SERVER = new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC",
            "10.0.0.5", 25565, 2048, 100, 10240);
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
    void credentialsResetCompletesTheRequestOnceAndLeavesTheOrderAlone() throws Exception {
        Reset r = requested();
        CredentialsReset done = CredentialsReset.of(r.orderId, "corr", r.requestId, r.customer, PKG,
                "https://panel.example", "budi_a1", CIPHER.seal("n3w-Secret-Pass", r.orderId), SERVER);
        publish(done);
        awaitStatus(r, "COMPLETED");

        JsonPath detail = detail(r.orderId);
        assertThat(detail.getString("status")).isEqualTo("COMPLETED");
        assertThat(detail.getList("timeline.step")).containsSubsequence(PasswordResetService.REQUESTED,
                PasswordResetService.COMPLETED);
        int entries = detail.getList("timeline").size();

        // a replay and a late failure of the same request change nothing but the timeline's "ignored" line
        publish(done);
        publish(CredentialsResetFailed.of(r.orderId, "corr", r.requestId, r.customer, "PANEL_UNAVAILABLE",
                "Maaf, coba lagi nanti", "panel 503 after 5 attempts"));
        await().atMost(Duration.ofSeconds(10)).until(() -> detail(r.orderId).getList("timeline").size() > entries);
        await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(3))
                .until(() -> detail(r.orderId).getList("timeline").size() == entries + 1);
        JsonPath after = detail(r.orderId);
        assertThat(after.getList("timeline.step").stream().filter(PasswordResetService.COMPLETED::equals).count())
                .isEqualTo(1);
        assertThat(after.getString("status")).isEqualTo("COMPLETED");
        bot().get(PasswordResetResourceTest.reset(r.orderId) + "/" + r.requestId).then()
                .body("status", equalTo("COMPLETED"));
        admin().get("/api/admin/orders/" + r.orderId).then()
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("n3w-Secret")));
    }

    @Test
    void credentialsResetFailedFailsTheRequestWithTheReason() throws Exception {
        Reset r = requested();
        publish(CredentialsResetFailed.of(r.orderId, "corr", r.requestId, r.customer, "PANEL_USER_MISSING",
                "Maaf, akun panel Anda tidak ditemukan; admin akan menghubungi Anda",
                "panel user external_id cus-test not found"));
        awaitStatus(r, "FAILED");
        bot().get(PasswordResetResourceTest.reset(r.orderId) + "/" + r.requestId).then()
                .body("failureReason", equalTo("PANEL_USER_MISSING"));
        JsonPath detail = detail(r.orderId);
        assertThat(detail.getString("status")).isEqualTo("COMPLETED");
        List<String> steps = detail.getList("timeline.step");
        int failed = steps.indexOf(PasswordResetService.FAILED);
        assertThat(failed).isPositive();
        assertThat(detail.getList("timeline.kind").get(failed)).isEqualTo("PASSWORD_RESET");
        assertThat(detail.getList("timeline.actor").get(failed)).isEqualTo("provisioning-service");
        assertThat(detail.getList("timeline.message").get(failed).toString()).contains("PANEL_USER_MISSING");
    }

    record Reset(String orderId, String requestId, Customer customer) {
    }

    private static Reset requested() throws Exception {
        String phone = Api.randomPhone();
        String id = CompletedOrders.completed(broker, phone);
        String requestId = bot().body("{\"phone\":\"" + phone + "\"}").post(PasswordResetResourceTest.reset(id))
                .then().statusCode(202).extract().path("requestId");
        return new Reset(id, requestId, new Customer("CUS-TEST", phone, "Budi Santoso", null, "id"));
    }

    private static void publish(DomainEvent event) throws Exception {
        String json = EventJson.write(event);
        assertThat(EventSchemas.validate(event.type(), json)).as(event.type()).isEmpty();
        broker.publish(Topology.PROVISIONING_EXCHANGE, event.type(), event.eventId().toString(), json);
    }

    private static void awaitStatus(Reset r, String status) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> bot()
                .get(PasswordResetResourceTest.reset(r.orderId) + "/" + r.requestId).then()
                .body("status", equalTo(status)));
    }

    private static JsonPath detail(String id) {
        return admin().get("/api/admin/orders/" + id).then().statusCode(200).extract().jsonPath();
    }
}
