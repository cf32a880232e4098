package id.gamestore.order.reset;

import static id.gamestore.order.support.Api.admin;
import static id.gamestore.order.support.Api.bot;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.CompletedOrders;
import id.gamestore.order.support.TestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PasswordResetResourceTest {
    static TestBroker broker;
    static String queue;

    @Inject
    EntityManager em;

    @BeforeAll
    static void connect() throws Exception {
        broker = new TestBroker();
        queue = broker.tempQueue(Topology.ORDERS_EXCHANGE, EventTypes.CREDENTIALS_RESET_REQUESTED);
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @Test
    void customerResetPublishesOneEventAndASecondCallWithinTheWindowRepeatsTheFirst() throws Exception {
        String phone = Api.randomPhone();
        String id = CompletedOrders.completed(broker, phone);
        String local = "0" + phone.substring(3);

        JsonPath first = bot().body("{\"phone\":\"" + local + "\"}").post(reset(id)).then().statusCode(202)
                .body("orderId", equalTo(id)).body("status", equalTo("REQUESTED"))
                .body("repeated", equalTo(false)).body("requestedAt", notNullValue())
                .body("requestId", matchesPattern("RST-[0-9A-Z]{8}")).extract().jsonPath();
        String requestId = first.getString("requestId");

        List<GetResponse> received = awaitEvents(id, 1);
        GetResponse message = received.get(0);
        String json = TestBroker.body(message);
        assertThat(EventSchemas.validate(EventTypes.CREDENTIALS_RESET_REQUESTED, json)).isEmpty();
        CredentialsResetRequested event = EventJson.read(json, CredentialsResetRequested.class);
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(EventTypes.CREDENTIALS_RESET_REQUESTED);
        assertThat(message.getEnvelope().getExchange()).isEqualTo(Topology.ORDERS_EXCHANGE);
        assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId().toString());
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(event.requestId()).isEqualTo(requestId);
        assertThat(event.requestedBy()).isEqualTo("customer");
        assertThat(event.customer().phone()).isEqualTo(phone);
        assertThat(event.customer().name()).isEqualTo("Budi Santoso");
        assertThat(event.customer().customerId()).startsWith("CUS-");
        assertThat(event.customer().locale()).isEqualTo("id");
        assertThat(event.correlationId()).isEqualTo(admin().get("/api/admin/orders/" + id).then().extract()
                .path("correlationId"));

        // the customer types it again (in another form of the number): the first request, nothing new published
        bot().body("{\"phone\":\"" + phone.substring(1) + "\"}").post(reset(id)).then().statusCode(202)
                .body("requestId", equalTo(requestId)).body("repeated", equalTo(true));
        expectNoMoreEvents(id, received, 1);

        bot().get(reset(id) + "/" + requestId.toLowerCase()).then().statusCode(200)
                .body("requestId", equalTo(requestId)).body("orderId", equalTo(id))
                .body("status", equalTo("REQUESTED")).body("requestedBy", equalTo("customer"));
        JsonPath detail = admin().get("/api/admin/orders/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("status")).isEqualTo("COMPLETED");
        assertThat(detail.getList("timeline.step")).containsOnlyOnce(PasswordResetService.REQUESTED);
        assertThat(detail.getList("timeline.actor")).contains("customer");
    }

    @Test
    void afterTheWindowANewRequestIsMade() throws Exception {
        String phone = Api.randomPhone();
        String id = CompletedOrders.completed(broker, phone);
        String firstId = bot().body("{\"phone\":\"" + phone + "\"}").post(reset(id)).then().statusCode(202)
                .extract().path("requestId");
        List<GetResponse> received = awaitEvents(id, 1);

        // the first request was made before the window (2 minutes by default)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update password_reset_request set created_at = created_at - interval '121 seconds' "
                        + "where request_id = :id").setParameter("id", firstId).executeUpdate());
        String secondId = bot().body("{\"phone\":\"" + phone + "\"}").post(reset(id)).then().statusCode(202)
                .body("repeated", equalTo(false)).extract().path("requestId");
        assertThat(secondId).isNotEqualTo(firstId);
        received.addAll(awaitEvents(id, 1));
        assertThat(received).extracting(r -> EventJson.read(TestBroker.body(r), CredentialsResetRequested.class)
                .requestId()).containsExactly(firstId, secondId);
    }

    @Test
    void aPhoneThatIsNotTheCustomersGetsTheSame404AsAnUnknownOrder() throws Exception {
        String id = CompletedOrders.completed(broker, Api.randomPhone());
        bot().body("{\"phone\":\"" + Api.randomPhone() + "\"}").post(reset(id)).then().statusCode(404)
                .body("code", equalTo("ORDER_NOT_FOUND")).body("message", equalTo("no order " + id));
        bot().body("{\"phone\":\"" + Api.randomPhone() + "\"}").post(reset("ORD-ZZZZZZZZ")).then().statusCode(404)
                .body("code", equalTo("ORDER_NOT_FOUND")).body("message", equalTo("no order ORD-ZZZZZZZZ"));
        expectNoMoreEvents(id, new ArrayList<>(), 0);
    }

    /**
     * The bot forwards the sender's WhatsApp id (country code and number, no plus). A Korean customer's id read as an
     * Indonesian number would be someone else's; the reset must be granted to the Korean sender and to nobody else.
     */
    @Test
    void aForeignCustomerAsksWithTheirWhatsAppIdAndTheIndonesianReadingIsNotThem() throws Exception {
        String korean = "+82101" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(10_000_000));
        String id = CompletedOrders.completed(broker, korean);
        String whatsAppId = korean.substring(1);
        bot().body("{\"phone\":\"+62" + whatsAppId + "\"}").post(reset(id)).then().statusCode(404)
                .body("code", equalTo("ORDER_NOT_FOUND"));
        bot().body("{\"phone\":\"" + whatsAppId + "@s.whatsapp.net\"}").post(reset(id)).then().statusCode(202)
                .body("orderId", equalTo(id)).body("repeated", equalTo(false));
        bot().body("{\"phone\":\"" + whatsAppId + "\"}").post(reset(id)).then().statusCode(202)
                .body("repeated", equalTo(true));
        List<GetResponse> received = awaitEvents(id, 1);
        assertThat(EventJson.read(TestBroker.body(received.get(0)), CredentialsResetRequested.class).customer()
                .phone()).isEqualTo(korean);
    }

    @Test
    void badInputIsA400NamingPhone() {
        String id = Api.placeOrder();
        bot().body("{\"phone\":\"12\"}").post(reset(id)).then().statusCode(400)
                .body("code", equalTo("INVALID_PHONE")).body("field", equalTo("phone"))
                .body("message", containsString("phone is not a valid phone number"));
        bot().body("{\"phone\":\"120363012345678901@g.us\"}").post(reset(id)).then().statusCode(400)
                .body("code", equalTo("INVALID_PHONE")).body("field", equalTo("phone"))
                .body("message", containsString("not a phone number"));
        bot().body("{}").post(reset(id)).then().statusCode(400)
                .body("code", equalTo("FIELD_REQUIRED")).body("field", equalTo("phone"));
        bot().post(reset(id)).then().statusCode(400)
                .body("code", equalTo("BODY_REQUIRED")).body("field", equalTo("phone"));
        bot().body("{\"phone\":").post(reset(id)).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void anOrderThatIsNotCompletedIs409() {
        String phone = Api.randomPhone();
        String id = bot().body(Api.orderBody(phone, "Budi Santoso", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201).extract().path("orderId");
        bot().body("{\"phone\":\"" + phone + "\"}").post(reset(id)).then().statusCode(409)
                .body("code", equalTo("ORDER_NOT_COMPLETED")).body("message", containsString("PENDING"));
        Api.confirm(id);
        admin().body("{}").post(adminReset(id)).then().statusCode(409)
                .body("code", equalTo("ORDER_NOT_COMPLETED")).body("message", containsString("CONFIRMED"));
    }

    @Test
    void adminResetNeedsAnAdminKeyAndRecordsWhoAsked() throws Exception {
        String id = CompletedOrders.completed(broker, Api.randomPhone());
        bot().body("{\"requestedBy\":\"Rudi\"}").post(adminReset(id)).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().contentType("application/json").body("{}").post(adminReset(id)).then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        admin().body("{\"requestedBy\":\"<b>x</b>\"}").post(adminReset(id)).then().statusCode(400)
                .body("code", equalTo("INVALID_NAME")).body("field", equalTo("requestedBy"));
        admin().body("{\"requestedBy\":\"" + "a".repeat(95) + "\"}").post(adminReset(id)).then().statusCode(400)
                .body("code", equalTo("FIELD_TOO_LONG")).body("field", equalTo("requestedBy"));
        admin().body("{\"requestedBy\":").post(adminReset(id)).then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        admin().body("{\"requestedBy\":[\"x\"]}").post(adminReset(id)).then().statusCode(400)
                .body("code", equalTo("INVALID_FIELD_TYPE")).body("field", equalTo("requestedBy"));
        given().header("X-Api-Key", Api.ADMIN_KEY).contentType("text/plain").body("Rudi").post(adminReset(id))
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));

        String requestId = admin().body("{\"requestedBy\":\"Rudi\"}").post(adminReset(id)).then().statusCode(202)
                .body("requestedBy", equalTo("admin:Rudi")).body("repeated", equalTo(false))
                .extract().path("requestId");
        CredentialsResetRequested event = EventJson.read(TestBroker.body(awaitEvents(id, 1).get(0)),
                CredentialsResetRequested.class);
        assertThat(event.requestedBy()).isEqualTo("admin:Rudi");
        assertThat(event.requestId()).isEqualTo(requestId);
        // the customer asks too, a moment later: still the admin's request
        String phone = admin().get("/api/admin/orders/" + id).then().extract().path("phone");
        bot().body("{\"phone\":\"" + phone + "\"}").post(reset(id)).then().statusCode(202)
                .body("requestId", equalTo(requestId)).body("repeated", equalTo(true));

        // no body at all (no Content-Type either, as `curl -X POST` sends it): requested by admin:admin
        String other = CompletedOrders.completed(broker, Api.randomPhone());
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + adminReset(other)))
                .header("X-Api-Key", Api.ADMIN_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(202);
        assertThat(JsonPath.from(bare.body()).getString("requestedBy")).isEqualTo("admin:admin");
        String third = CompletedOrders.completed(broker, Api.randomPhone());
        admin().post(adminReset(third)).then().statusCode(202).body("requestedBy", equalTo("admin:admin"));
    }

    @Test
    void statusOfAnUnknownRequestOrOfAnotherOrdersRequestIs404() throws Exception {
        String phone = Api.randomPhone();
        String id = CompletedOrders.completed(broker, phone);
        String requestId = bot().body("{\"phone\":\"" + phone + "\"}").post(reset(id)).then().statusCode(202)
                .extract().path("requestId");
        bot().get(reset(id) + "/RST-ZZZZZZZZ").then().statusCode(404)
                .body("code", equalTo("PASSWORD_RESET_NOT_FOUND"))
                .body("message", equalTo("no password reset RST-ZZZZZZZZ for order " + id));
        bot().get(reset(Api.placeOrder()) + "/" + requestId).then().statusCode(404)
                .body("code", equalTo("PASSWORD_RESET_NOT_FOUND"));
        given().get(reset(id) + "/" + requestId).then().statusCode(401);
    }

    static String reset(String orderId) {
        return "/api/orders/" + orderId + "/password-reset";
    }

    static String adminReset(String orderId) {
        return "/api/admin/orders/" + orderId + "/password-reset";
    }

    /** Waits for {@code n} new events of this order. */
    private static List<GetResponse> awaitEvents(String orderId, int n) {
        List<GetResponse> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return received.size() >= n;
        });
        return received;
    }

    private static void expectNoMoreEvents(String orderId, List<GetResponse> received, int expected) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return received.size() == expected;
        });
    }

    private static List<GetResponse> forOrder(List<GetResponse> messages, String orderId) {
        return messages.stream().filter(m -> orderId.equals(EventJson.read(TestBroker.body(m),
                CredentialsResetRequested.class).orderId())).toList();
    }
}
