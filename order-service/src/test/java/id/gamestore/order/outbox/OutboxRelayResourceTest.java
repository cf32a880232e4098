package id.gamestore.order.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.InjectRelayProxy;
import id.gamestore.order.support.RelayProxyResource;
import id.gamestore.order.support.TcpProxy;
import id.gamestore.order.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(RelayProxyResource.class)
class OutboxRelayResourceTest {
    static TestBroker broker;
    static String queue;

    @InjectRelayProxy
    TcpProxy relayProxy;
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeAll
    static void connect() throws Exception {
        broker = new TestBroker();
        queue = broker.tempQueue(Topology.ORDERS_EXCHANGE, EventTypes.ORDER_CONFIRMED);
        broker.purgeDownstream();
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @AfterEach
    void brokerBack() {
        if (!relayProxy.isRunning()) {
            relayProxy.start();
        }
    }

    @Test
    void confirmPublishesExactlyOneOrderConfirmed() throws Exception {
        String orderId = Api.placeOrder();
        Api.confirm(orderId);

        List<GetResponse> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return !received.isEmpty();
        });
        GetResponse message = received.get(0);
        String json = TestBroker.body(message);
        OrderConfirmed event = EventJson.read(json, OrderConfirmed.class);
        assertThat(EventSchemas.validate(EventTypes.ORDER_CONFIRMED, json)).isEmpty();
        assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId().toString());
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(EventTypes.ORDER_CONFIRMED);
        assertThat(event.orderId()).isEqualTo(orderId);
        assertThat(event.confirmedBy()).isEqualTo("admin test");
        assertThat(event.customer().phone()).startsWith("+62");
        assertThat(event.pkg().code()).isEqualTo("mc-basic");

        // confirming again returns the order and publishes nothing new
        Api.confirm(orderId);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return received.size() == 1;
        });
    }

    @Test
    void confirmsDuringABrokerOutageArePublishedWhenItReturns() throws Exception {
        broker.drain(queue);
        relayProxy.stop();
        List<String> orders = IntStream.range(0, 5).mapToObj(i -> Api.placeOrder()).toList();
        orders.forEach(Api::confirm);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> forOrders(broker.drain(queue), orders).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("outbox_backlog") >= orders.size());
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(503);

        relayProxy.start();
        Map<String, Integer> copies = new HashMap<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            forOrders(broker.drain(queue), orders).forEach(r -> copies.merge(orderIdOf(r), 1, Integer::sum));
            return copies.keySet().containsAll(orders);
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> {
            forOrders(broker.drain(queue), orders).forEach(r -> copies.merge(orderIdOf(r), 1, Integer::sum));
            return true;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("outbox_backlog") == 0);
        long lost = orders.stream().filter(o -> !copies.containsKey(o)).count();
        long duplicated = copies.values().stream().filter(n -> n > 1).count();
        System.out.printf("lost=%d duplicated=%d orphaned=0 recovered=%d%n", lost, duplicated, copies.size());
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
    }

    @Test
    void readinessDuringABrokerOutageSaysDownWithoutHostOrError() {
        relayProxy.stop();
        // the client notices the closed socket a moment later: until then its channel still looks open
        await().atMost(Duration.ofSeconds(5)).until(
                () -> given().port(management.getPort()).get("/q/health/ready").statusCode() == 503);
        String body = given().port(management.getPort()).get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'rabbitmq-outbox' }.data.broker", org.hamcrest.Matchers.equalTo("DOWN"))
                .body("checks.find { it.name == 'rabbitmq-outbox' }.data.reason",
                        org.hamcrest.Matchers.equalTo("UNREACHABLE"))
                .extract().asString();
        assertThat(body).doesNotContain("127.0.0.1", "localhost", "Exception", "Connection refused",
                Integer.toString(relayProxy.port()));
    }

    @Test
    void concurrentConfirmsOfOneOrderPublishOnce() throws Exception {
        String orderId = Api.placeOrder();
        List<CompletableFuture<Integer>> calls = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> Api.admin().body("{\"confirmedBy\":\"admin " + i + "\"}")
                        .post("/api/admin/orders/" + orderId + "/confirm").statusCode())).toList();
        assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
        List<GetResponse> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return !received.isEmpty();
        });
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> {
            received.addAll(forOrder(broker.drain(queue), orderId));
            return received.size() == 1;
        });
    }

    private double metric(String name) {
        String text = given().port(management.getPort()).get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(name.length() + 1).trim())).findFirst().orElse(-1);
    }

    private static List<GetResponse> forOrder(List<GetResponse> messages, String orderId) {
        return forOrders(messages, List.of(orderId));
    }

    private static List<GetResponse> forOrders(List<GetResponse> messages, List<String> orderIds) {
        return messages.stream().filter(m -> orderIds.contains(orderIdOf(m))).toList();
    }

    private static String orderIdOf(GetResponse message) {
        return EventJson.read(TestBroker.body(message), OrderConfirmed.class).orderId();
    }
}
