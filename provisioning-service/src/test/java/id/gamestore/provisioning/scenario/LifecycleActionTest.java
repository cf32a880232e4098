package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.lifecycle.LifecycleProcessor;
import id.gamestore.provisioning.lifecycle.LifecycleStore;
import id.gamestore.provisioning.pterodactyl.PanelHttp;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelServer;
import id.gamestore.sandbox.testing.SandboxTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** {@code lifecycle.action-requested} against the sandbox panel, the real broker and database. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class LifecycleActionTest extends ScenarioSupport {
    private static final String SUSPEND = "/api/application/servers/\\d+/suspend";

    @Inject
    PterodactylClient client;
    @Inject
    PanelHttp http;
    @Inject
    LifecycleStore store;
    @Inject
    LifecycleProcessor processor;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void waitForConsumer() {
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.consumers(Topology.PROVISIONING_LIFECYCLE_QUEUE) > 0);
    }

    @Test
    void suspendShowsSuspendedOnThePanelAgainIsFineAndUnsuspendClearsTheStatus() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        double doneBefore = actions("SUSPEND", "DONE");
        LifecycleActionCompleted first = completed(request(p, LifecycleAction.SUSPEND, null));
        assertThat(server(p).status()).isEqualTo("suspended");
        assertThat(first.detail()).contains("suspended").doesNotContain("already");
        assertThat(actions("SUSPEND", "DONE")).isEqualTo(doneBefore + 1);

        LifecycleActionCompleted again = completed(request(p, LifecycleAction.SUSPEND, null));
        assertThat(again.detail()).contains("already");
        assertThat(server(p).status()).isEqualTo("suspended");

        completed(request(p, LifecycleAction.UNSUSPEND, null));
        assertThat(server(p).status()).isNull();
        assertThat(db.lifecycleActions(p.orderId())).containsExactly("SUSPEND:DONE:-:0", "SUSPEND:DONE:-:0",
                "UNSUSPEND:DONE:-:0");
    }

    @Test
    void terminateDeletesTheServerAndTheUserThatOwnedNothingElse() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        String userExternalId = panel.userExternalId(p.panel().userId());

        LifecycleActionCompleted done = completed(request(p, LifecycleAction.TERMINATE, null));
        assertThat(done.userDeleted()).isTrue();
        assertThat(done.detail()).contains("deleted");
        assertThat(panel.inventory()).isEqualTo(start);
        assertThat(panel.usersWithExternalId(userExternalId)).isZero();

        // the account forgot the user: the customer's next order creates a new one and gets a new password
        ProvisioningCompleted next = complete(Orders.confirmed(p.customer(), "mc-basic"));
        assertThat(next.panel().newUser()).isTrue();
        assertThat(next.panel().userId()).isNotEqualTo(p.panel().userId());
    }

    @Test
    void terminateKeepsAUserThatOwnsAnotherServer() throws Exception {
        Customer customer = Orders.newCustomer(true);
        ProvisioningCompleted first = complete(Orders.confirmed(customer, "mc-basic"));
        ProvisioningCompleted second = complete(Orders.confirmed(customer, "mc-basic"));
        assertThat(second.panel().userId()).isEqualTo(first.panel().userId());

        LifecycleActionCompleted done = completed(request(first, LifecycleAction.TERMINATE, null));
        assertThat(done.userDeleted()).isFalse();
        assertThat(done.detail()).contains("kept").contains("1 other server");
        assertThat(panel.serverByExternalId("gs-order-" + first.orderId())).isEmpty();
        assertThat(panel.serverByExternalId("gs-order-" + second.orderId())).isPresent();
        assertThat(panel.userExternalId(first.panel().userId())).isNotNull();
    }

    @Test
    void terminatingAServerAlreadyDeletedByHandCompletes() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        client.forceDeleteServer(p.server().id());

        LifecycleActionCompleted done = completed(request(p, LifecycleAction.TERMINATE, null));
        assertThat(done.detail()).contains("already gone");
        assertThat(done.userDeleted()).as("the user owned nothing else").isTrue();
        assertThat(panel.inventory()).isEqualTo(start);
    }

    @Test
    void aBuildChangeThatFitsPatchesTheServerWithTheNewLimits() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        Instant begin = Instant.now();
        LifecycleActionCompleted done = completed(request(p, LifecycleAction.CHANGE_BUILD, "mc-pro"));

        assertThat(done.limits()).isEqualTo(new LifecycleActionCompleted.BuildLimits("mc-pro", 4096, 200, 20480));
        PanelServer s = server(p);
        assertThat(List.of(s.memory(), s.cpu(), s.disk())).containsExactly(4096L, 200L, 20480L);
        assertThat(panel.requestsSince(begin, "PATCH", "/api/application/servers/\\d+/build")).isEqualTo(1);
        var build = client.serverBuild(p.server().id()).orElseThrow();
        assertThat(List.of(build.databases(), build.allocations(), build.backups())).as("feature limits")
                .containsExactly(1, 1, 2);
        assertThat(build.allocationId()).as("primary allocation kept").isEqualTo(s.allocationId());

        LifecycleActionCompleted back = completed(request(p, LifecycleAction.CHANGE_BUILD, "mc-basic"));
        assertThat(back.limits().memory()).isEqualTo(2048);
        assertThat(server(p).memory()).isEqualTo(2048);
    }

    @Test
    void aBuildChangeThatDoesNotFitTheNodeIsRefusedAndTheServerUnchanged() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        long nodeId = server(p).nodeId();
        // the node keeps 1024 MiB free; mc-pro needs 2048 MiB more
        ObjectNode node = (ObjectNode) http.application("GET", "nodes/" + nodeId).path("attributes");
        long allocated = node.path("allocated_resources").path("memory").asLong();
        node.put("memory", allocated + 1024);
        node.remove(List.of("allocated_resources", "id", "uuid", "created_at", "updated_at"));
        http.application("PATCH", "nodes/" + nodeId, node, Duration.ofSeconds(3));
        Instant begin = Instant.now();

        LifecycleActionFailed failed = failed(request(p, LifecycleAction.CHANGE_BUILD, "mc-pro"));
        assertThat(failed.reason()).isEqualTo("NO_CAPACITY");
        assertThat(failed.adminDetail()).contains(node.path("name").asText()).contains("1024 MiB memory free")
                .contains("needs 2048 more");
        assertThat(server(p).memory()).isEqualTo(2048);
        assertThat(panel.requestsSince(begin, "PATCH", "/api/application/servers/\\d+/build")).isZero();
    }

    @Test
    void anUnknownPackageIsRefusedWithoutAPanelCall() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        Instant begin = Instant.now();
        LifecycleActionFailed failed = failed(request(p, LifecycleAction.CHANGE_BUILD, "mc-mega"));
        assertThat(failed.reason()).isEqualTo("UNKNOWN_PACKAGE");
        assertThat(failed.adminDetail()).contains("mc-mega");
        assertThat(panel.applicationRequestsSince(begin)).isZero();
    }

    @Test
    void a503AndA429OnThePanelAreRetriedAndTheSuspensionSucceeds() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        Instant begin = Instant.now();
        panel.fault(Fault.serverError(503).on("POST", "/api/application/servers/*/suspend").times(1));
        panel.fault(Fault.rateLimited().on("POST", "/api/application/servers/*/suspend").times(1));

        completed(request(p, LifecycleAction.SUSPEND, null));
        assertThat(server(p).status()).isEqualTo("suspended");
        assertThat(panel.requestsSince(begin, "POST", SUSPEND)).isEqualTo(3);
        assertThat(db.lifecycleActions(p.orderId())).containsExactly("SUSPEND:DONE:-:2");
    }

    @Test
    void aPanelThatKeepsFailingEndsAsPanelUnavailable() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        panel.fault(Fault.serverError(502).on("POST", "/api/application/servers/*/suspend"));
        LifecycleActionFailed failed = failed(request(p, LifecycleAction.SUSPEND, null));
        panel.clearFaults();
        assertThat(failed.reason()).isEqualTo("PANEL_UNAVAILABLE");
        assertThat(failed.adminDetail()).contains("gave up after 5 attempts");
        assertThat(server(p).status()).isNull();
    }

    @Test
    void suspendingADeletedServerIsServerMissing() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        client.forceDeleteServer(p.server().id());
        LifecycleActionFailed failed = failed(request(p, LifecycleAction.SUSPEND, null));
        assertThat(failed.reason()).isEqualTo("SERVER_MISSING");
        assertThat(failed.adminDetail()).contains(String.valueOf(p.server().id()));
    }

    @Test
    void anActionNeverTouchesAServerThatIsNotTheOrders() throws Exception {
        ProvisioningCompleted mine = complete(Orders.confirmed("mc-basic"));
        ProvisioningCompleted other = complete(Orders.confirmed("mc-basic"));
        Instant begin = Instant.now();
        LifecycleActionRequested wrong = LifecycleActionRequested.of(mine.orderId(), mine.correlationId(),
                "A-" + UUID.randomUUID(), LifecycleAction.TERMINATE, mine.customer(), other.server().id(),
                other.server().identifier(), null, "lifecycle", "expired");
        LifecycleActionFailed failed = failed(wrong);
        assertThat(failed.reason()).isEqualTo("PANEL_REJECTED");
        assertThat(failed.adminDetail()).contains("not the server of order");
        assertThat(panel.serverByExternalId("gs-order-" + other.orderId())).isPresent();
        assertThat(panel.requestsSince(begin, "DELETE", "/api/application/.*")).isZero();
    }

    @Test
    void theSameActionIdTwiceActsOnceAndAnswersOnce() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        Instant begin = Instant.now();
        LifecycleActionRequested request = request(p, LifecycleAction.SUSPEND, null);
        broker.publish(request);
        broker.publish(request); // redelivery: same eventId
        awaitOnly(p.orderId(), EventTypes.LIFECYCLE_ACTION_COMPLETED);
        // order-service republishes the finished action with a new eventId
        broker.publish(LifecycleActionRequested.of(request.orderId(), request.correlationId(), request.actionId(),
                request.action(), request.customer(), request.serverId(), request.serverIdentifier(), null,
                request.requestedBy(), request.reason()));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> lifecycleEvents(p.orderId()).size() == 1);
        assertThat(panel.requestsSince(begin, "POST", SUSPEND)).isEqualTo(1);
        assertThat(db.lifecycleActions(p.orderId())).containsExactly("SUSPEND:DONE:-:0");
    }

    @Test
    void processorsOfThreeInstancesRacingForOneDueActionCallThePanelOnce() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        LifecycleActionRequested request = request(p, LifecycleAction.SUSPEND, null);
        QuarkusTransaction.requiringNew().run(() -> {
            store.addPending(request);
            db.lifecycleDueIn(p.orderId(), 1500);
        });
        Instant begin = Instant.now();
        AtomicInteger claims = new AtomicInteger();
        ExecutorService twins = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String owner : List.of("twin-a/lifecycle", "twin-b/lifecycle")) {
                runs.add(twins.submit(() -> { // a Callable, so that it may sleep
                    long until = System.currentTimeMillis() + 5000;
                    while (System.currentTimeMillis() < until) {
                        Optional<Long> claim = store.claim(owner);
                        if (claim.isPresent()) {
                            claims.incrementAndGet();
                            processor.run(claim.get(), owner);
                        } else {
                            Thread.sleep(10);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            twins.shutdownNow();
        }
        awaitOnly(p.orderId(), EventTypes.LIFECYCLE_ACTION_COMPLETED);
        assertThat(claims.get()).isLessThanOrEqualTo(1);
        assertThat(panel.requestsSince(begin, "POST", SUSPEND)).isEqualTo(1);
        assertThat(db.lifecycleActions(p.orderId())).containsExactly("SUSPEND:DONE:-:0");
    }

    @Test
    void anActionClaimedByACrashedInstanceIsResumedWhenItsLeaseRunsOut() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        LifecycleActionRequested request = request(p, LifecycleAction.SUSPEND, null);
        Instant begin = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            store.addPending(request);
            db.lifecycleClaimedByCrashedInstance(p.orderId(), 2);
        });
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(2))
                .until(() -> panel.requestsSince(begin, "POST", SUSPEND) == 0);

        awaitOnly(p.orderId(), EventTypes.LIFECYCLE_ACTION_COMPLETED);
        assertThat(server(p).status()).isEqualTo("suspended");
        assertThat(panel.requestsSince(begin, "POST", SUSPEND)).isEqualTo(1);
    }

    @Test
    void theAdminSeesTheOrdersActionsAndAQuestionWithoutOrderIdIsABadRequest() throws Exception {
        ProvisioningCompleted p = complete(Orders.confirmed("mc-basic"));
        client.forceDeleteServer(p.server().id());
        LifecycleActionRequested request = request(p, LifecycleAction.UNSUSPEND, null);
        failed(request);

        given().header("X-Api-Key", "test-admin-key").queryParam("orderId", p.orderId())
                .get("/api/admin/lifecycle-actions").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].actionId", equalTo(request.actionId()))
                .body("[0].action", equalTo("UNSUSPEND"))
                .body("[0].state", equalTo("FAILED"))
                .body("[0].failureReason", equalTo("SERVER_MISSING"))
                .body("[0].detail", containsString("no longer exists"));
        given().header("X-Api-Key", "test-admin-key").get("/api/admin/lifecycle-actions").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("field", equalTo("orderId"));
        given().queryParam("orderId", p.orderId()).get("/api/admin/lifecycle-actions").then().statusCode(401);
        given().header("X-Api-Key", "test-service-key").queryParam("orderId", p.orderId())
                .get("/api/admin/lifecycle-actions").then().statusCode(403);
    }

    @Test
    void unreadableRequestsAreDeadLettered() throws Exception {
        String queue = Topology.PROVISIONING_LIFECYCLE_QUEUE;
        broker.purgeDeadLetters(queue);
        broker.publishRaw(EventTypes.LIFECYCLE_ACTION_REQUESTED, "not json".getBytes(StandardCharsets.UTF_8), "l-1");
        broker.publishRaw(EventTypes.LIFECYCLE_ACTION_REQUESTED,
                "{\"type\":\"lifecycle.action-requested\",\"orderId\":\"X\"}".getBytes(StandardCharsets.UTF_8),
                "l-2");

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.deadLettered(queue) == 2);
        assertThat(db.lifecycleActions("X")).isEmpty();
    }

    private static LifecycleActionRequested request(ProvisioningCompleted p, LifecycleAction action, String pkg) {
        return LifecycleActionRequested.of(p.orderId(), p.correlationId(), "A-" + UUID.randomUUID(), action,
                p.customer(), p.server().id(), p.server().identifier(), pkg == null ? p.pkg().code() : pkg,
                "lifecycle", "expired");
    }

    private PanelServer server(ProvisioningCompleted p) {
        return SandboxTestResource.current().panel().inventory()
                .serverByExternalId("gs-order-" + p.orderId()).orElseThrow();
    }

    private LifecycleActionCompleted completed(LifecycleActionRequested request) throws Exception {
        int before = lifecycleEvents(request.orderId()).size();
        broker.publish(request);
        TestBroker.Received r = awaitNext(request.orderId(), before);
        assertThat(r.type()).as(r.json()).isEqualTo(EventTypes.LIFECYCLE_ACTION_COMPLETED);
        LifecycleActionCompleted done = EventJson.read(r.json(), LifecycleActionCompleted.class);
        assertThat(done.actionId()).isEqualTo(request.actionId());
        assertThat(done.correlationId()).isEqualTo(request.correlationId());
        assertThat(done.action()).isEqualTo(request.action());
        return done;
    }

    private LifecycleActionFailed failed(LifecycleActionRequested request) throws Exception {
        int before = lifecycleEvents(request.orderId()).size();
        broker.publish(request);
        TestBroker.Received r = awaitNext(request.orderId(), before);
        assertThat(r.type()).as(r.json()).isEqualTo(EventTypes.LIFECYCLE_ACTION_FAILED);
        LifecycleActionFailed failed = EventJson.read(r.json(), LifecycleActionFailed.class);
        assertThat(failed.actionId()).isEqualTo(request.actionId());
        return failed;
    }

    /** Waits for the order's next lifecycle event, checks its schema and that no other one follows for a moment. */
    private TestBroker.Received awaitNext(String orderId, int before) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> lifecycleEvents(orderId).size() > before);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> lifecycleEvents(orderId).size() == before + 1);
        TestBroker.Received r = lifecycleEvents(orderId).get(before);
        assertThat(EventSchemas.validate(r.type(), r.json())).as("schema of " + r.type()).isEmpty();
        assertThat(r.messageId()).isNotBlank();
        return r;
    }

    private TestBroker.Received awaitOnly(String orderId, String type) {
        TestBroker.Received r = awaitNext(orderId, 0);
        assertThat(r.type()).isEqualTo(type);
        return r;
    }

    private List<TestBroker.Received> lifecycleEvents(String orderId) {
        return broker.events(orderId).stream().filter(r -> r.type().startsWith("lifecycle.")).toList();
    }

    private double actions(String action, String outcome) {
        var counter = registry.find("provisioning.lifecycle.actions").tag("action", action).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
