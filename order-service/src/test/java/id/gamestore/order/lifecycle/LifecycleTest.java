package id.gamestore.order.lifecycle;

import static id.gamestore.order.support.Api.admin;
import static id.gamestore.order.support.Api.bot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventSchemas;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.TestBroker;
import id.gamestore.order.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A server's whole term on the real database and broker, on an injected clock: the schedule is run by hand
 * ({@link LifecycleScheduler#runDue()}), provisioning-service's answers are published as it would publish them, and
 * what order-service asks for and tells is read from the {@code orders} exchange.
 */
@QuarkusTest
class LifecycleTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final CredentialCipher CIPHER = CredentialCipher.single("k1", CredentialCipher.generateKey());
    static TestBroker broker;
    static String outQueue;
    static final List<DomainEvent> OUT = new CopyOnWriteArrayList<>();

    @Inject
    TestClock clock;
    @Inject
    LifecycleScheduler scheduler;

    @BeforeAll
    static void connect() throws Exception {
        broker = new TestBroker();
        outQueue = broker.tempQueue(Topology.ORDERS_EXCHANGE, "lifecycle.#");
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ---- the term ----

    @Test
    void theTermStartsWhenTheServerIsReadyAndCountsCalendarMonthsInTheStoreTimeZone() throws Exception {
        Instant completed = LocalDateTime.parse("2027-01-31T10:00").atZone(WIB).toInstant();
        String id = completed(Api.randomPhone(), completed);
        JsonPath term = term(id);
        assertThat(term.getString("state")).isEqualTo("ACTIVE");
        assertThat(Instant.parse(term.getString("expiresAt")))
                .isEqualTo(LocalDateTime.parse("2027-02-28T10:00").atZone(WIB).toInstant());
        // the bot's order view shows it too
        bot().get("/api/orders/" + id).then().statusCode(200).body("term.state", equalTo("ACTIVE"));
    }

    @Test
    void eachReminderGoesOnceAndOneMissedWhileDownIsSkippedWhenTheNextIsDue() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        Instant expires = expiresAt(id);
        clock.set(expires.minus(Duration.ofDays(7)).plusSeconds(60));
        scheduler.runDue();
        scheduler.runDue();
        awaitNotices(id, LifecycleNotice.Kind.REMINDER, 1);
        LifecycleNotice first = notices(id, LifecycleNotice.Kind.REMINDER).get(0);
        assertThat(first.audience()).containsExactly("customer");
        assertThat(first.expiresAt()).isEqualTo(expires);
        assertThat(first.suspendsAt()).isEqualTo(expires.plus(Duration.ofDays(1)));
        assertThat(first.customer().phone()).isEqualTo(first.customer().phone()).startsWith("+62");

        // the service was "down" past the 3-day reminder until the 1-day one: one reminder, not two
        clock.set(expires.minus(Duration.ofDays(1)).plusSeconds(60));
        scheduler.runDue();
        scheduler.runDue();
        awaitNotices(id, LifecycleNotice.Kind.REMINDER, 2);
        settle();
        assertThat(notices(id, LifecycleNotice.Kind.REMINDER)).hasSize(2);
        assertThat(timelineSteps(id).stream().filter("REMINDER"::equals).count()).isEqualTo(2);
    }

    // ---- expiry: suspension, last warning, termination ----

    @Test
    void anExpiredServerIsSuspendedWarnedAndTerminatedEachOnce() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        Instant expires = expiresAt(id);
        clock.set(expires.plus(Duration.ofDays(1)).plusSeconds(1));
        scheduler.runDue();
        LifecycleActionRequested suspend = awaitAction(id, LifecycleAction.SUSPEND);
        assertThat(suspend.serverId()).isEqualTo(12);
        assertThat(suspend.requestedBy()).isEqualTo("lifecycle");
        clock.advance(Duration.ofMinutes(30)); // still no answer: nothing new is asked before LIFECYCLE_ACTION_RETRY
        scheduler.runDue();
        settle();
        assertThat(actions(id, LifecycleAction.SUSPEND)).hasSize(1);

        answer(suspend, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(term(id).getString("state")));
        LifecycleNotice suspended = awaitNotices(id, LifecycleNotice.Kind.SUSPENDED, 1).get(0);
        assertThat(suspended.audience()).containsExactly("customer", "admin");
        Instant terminates = Instant.parse(term(id).getString("terminatesAt"));
        assertThat(suspended.terminatesAt()).isEqualTo(terminates);
        assertThat(Duration.between(clock.instant(), terminates)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7));

        clock.set(terminates.minus(Duration.ofDays(1)).plusSeconds(1));
        scheduler.runDue();
        scheduler.runDue();
        awaitNotices(id, LifecycleNotice.Kind.TERMINATION_WARNING, 1);
        // the warning went out a second late, so the deletion moved by as much: a whole day's warning stays
        Instant moved = Instant.parse(term(id).getString("terminatesAt"));
        assertThat(moved).isBetween(terminates, terminates.plusSeconds(5));
        clock.set(moved.plusSeconds(1));
        scheduler.runDue();
        LifecycleActionRequested terminate = awaitAction(id, LifecycleAction.TERMINATE);
        // a renewal confirmed while the deletion is on its way would be paid for a server about to be gone
        String late = admin().body("{\"by\":\"admin test\",\"durationMonths\":1}")
                .post("/api/admin/servers/" + id + "/renewals").then().statusCode(202).extract().path("changeId");
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + late + "/confirm").then()
                .statusCode(409).body("code", equalTo("ACTION_IN_PROGRESS"));
        answer(terminate, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "TERMINATED".equals(term(id).getString("state")));
        awaitNotices(id, LifecycleNotice.Kind.TERMINATED, 1);
        settle();
        assertThat(notices(id, LifecycleNotice.Kind.TERMINATION_WARNING)).hasSize(1);
        assertThat(notices(id, LifecycleNotice.Kind.SUSPENDED)).hasSize(1);

        // after termination a renewal is a new order
        admin().body("{\"by\":\"admin test\",\"durationMonths\":1}").post("/api/admin/servers/" + id + "/renewals")
                .then().statusCode(409).body("code", equalTo("SERVER_TERMINATED"));
    }

    @Test
    void twoInstancesRacingForTheSameDueOrderAskForOneSuspension() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        clock.set(expiresAt(id).plus(Duration.ofDays(1)).plusSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return scheduler.runDue();
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        awaitAction(id, LifecycleAction.SUSPEND);
        settle();
        assertThat(actions(id, LifecycleAction.SUSPEND)).hasSize(1);
        assertThat(ActionRecordCount.of(id)).isEqualTo(1);
    }

    // ---- renewal ----

    @Test
    void aRenewalBeforeExpiryExtendsFromTheOldEndAndIsAskedForOnce() throws Exception {
        String phone = Api.randomPhone();
        String id = completed(phone, Instant.now());
        Instant expires = expiresAt(id);
        String body = "{\"phone\":\"" + phone + "\",\"durationMonths\":3}";
        JsonPath first = bot().body(body).post("/api/orders/" + id + "/renewals").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("amount", equalTo(150000)).extract().jsonPath();
        String renewal = first.getString("changeId");
        assertThat(renewal).startsWith("REN-");
        bot().body(body).post("/api/orders/" + id + "/renewals").then().statusCode(202)
                .body("changeId", equalTo(renewal)).body("repeated", equalTo(true));
        bot().body("{\"phone\":\"" + phone + "\",\"durationMonths\":6}").post("/api/orders/" + id + "/renewals")
                .then().statusCode(409).body("code", equalTo("CHANGE_PENDING"));
        bot().body("{\"phone\":\"" + Api.randomPhone() + "\",\"durationMonths\":3}")
                .post("/api/orders/" + id + "/renewals").then().statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
        bot().body("{\"phone\":\"" + phone + "\",\"durationMonths\":5}").post("/api/orders/" + id + "/renewals")
                .then().statusCode(400).body("code", equalTo("DURATION_NOT_OFFERED")).body("field",
                        equalTo("durationMonths"));
        LifecycleNotice asked = awaitNotices(id, LifecycleNotice.Kind.RENEWAL_REQUESTED, 1).get(0);
        assertThat(asked.audience()).containsExactly("admin"); // the customer has the bot's answer already
        assertThat(asked.changeId()).isEqualTo(renewal);

        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + renewal + "/confirm").then()
                .statusCode(200).body("status", equalTo("APPLIED"));
        Instant renewed = expires.atZone(WIB).plusMonths(3).toInstant();
        assertThat(expiresAt(id)).isEqualTo(renewed);
        assertThat(awaitNotices(id, LifecycleNotice.Kind.RENEWED, 1).get(0).expiresAt()).isEqualTo(renewed);
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + renewal + "/confirm").then()
                .statusCode(200);
        settle();
        assertThat(expiresAt(id)).isEqualTo(renewed);
        assertThat(notices(id, LifecycleNotice.Kind.RENEWED)).hasSize(1);
        assertThat(actions(id, null)).isEmpty();
    }

    @Test
    void aRenewalOfASuspendedServerExtendsFromNowAndUnsuspendsIt() throws Exception {
        String phone = Api.randomPhone();
        String id = completed(phone, Instant.now());
        Instant expires = expiresAt(id);
        clock.set(expires.plus(Duration.ofDays(2)));
        scheduler.runDue();
        answer(awaitAction(id, LifecycleAction.SUSPEND), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(term(id).getString("state")));

        String renewal = bot().body("{\"phone\":\"" + phone + "\",\"durationMonths\":1}")
                .post("/api/orders/" + id + "/renewals").then().statusCode(202).extract().path("changeId");
        Instant confirmedAt = clock.instant();
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + renewal + "/confirm").then()
                .statusCode(200).body("status", equalTo("APPLIED"));
        Instant renewed = expiresAt(id);
        assertThat(renewed).isBetween(confirmedAt.atZone(WIB).plusMonths(1).toInstant(),
                confirmedAt.plusSeconds(30).atZone(WIB).plusMonths(1).toInstant());
        LifecycleActionRequested unsuspend = awaitAction(id, LifecycleAction.UNSUSPEND);
        answer(unsuspend, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(term(id).getString("state")));
        awaitNotices(id, LifecycleNotice.Kind.UNSUSPENDED, 1);
        assertThat(term(id).getString("terminatesAt")).isNull();
        // running again, it is not suspended again by the old expiry
        scheduler.runDue();
        settle();
        assertThat(actions(id, LifecycleAction.SUSPEND)).hasSize(1);
    }

    @Test
    void aRenewedServerWhoseUnsuspendFailsIsNotDeletedOnTheOldSchedule() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        clock.set(expiresAt(id).plus(Duration.ofDays(2)));
        scheduler.runDue();
        answer(awaitAction(id, LifecycleAction.SUSPEND), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(term(id).getString("state")));
        Instant oldDeletion = Instant.parse(term(id).getString("terminatesAt"));

        String renewal = admin().body("{\"by\":\"admin test\",\"durationMonths\":1}")
                .post("/api/admin/servers/" + id + "/renewals").then().statusCode(202).extract().path("changeId");
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + renewal + "/confirm").then()
                .statusCode(200);
        LifecycleActionRequested unsuspend = awaitAction(id, LifecycleAction.UNSUSPEND);
        broker.publish(Topology.PROVISIONING_EXCHANGE, EventTypes.LIFECYCLE_ACTION_FAILED, UUID.randomUUID().toString(),
                EventJson.write(LifecycleActionFailed.of(id, "corr", unsuspend.actionId(), LifecycleAction.UNSUSPEND,
                        12, "PANEL_UNAVAILABLE", "panel 503 after 8 attempts")));
        awaitNotices(id, LifecycleNotice.Kind.ACTION_FAILED, 1);
        // still suspended (the admin is told and may unsuspend it), but paid for: its deletion is a new term away
        assertThat(Instant.parse(term(id).getString("terminatesAt"))).isAfter(expiresAt(id));
        clock.set(oldDeletion.plusSeconds(1));
        scheduler.runDue();
        settle();
        assertThat(actions(id, LifecycleAction.TERMINATE)).isEmpty();
        assertThat(notices(id, LifecycleNotice.Kind.TERMINATION_WARNING)).isEmpty();
    }

    // ---- package change ----

    @Test
    void aPackageChangeShowsTheProRataPriceAndChangesThePackageWhenThePanelDidIt() throws Exception {
        String phone = Api.randomPhone();
        String id = completed(phone, Instant.now());
        clock.set(expiresAt(id).minus(Duration.ofDays(15)));
        JsonPath change = bot().body("{\"phone\":\"" + phone + "\",\"packageCode\":\"mc-pro\"}")
                .post("/api/orders/" + id + "/package-changes").then().statusCode(202).extract().jsonPath();
        // (90000 - 50000) a month, for 15 of 30 days
        assertThat(change.getLong("amount")).isBetween(19_990L, 20_000L);
        bot().body("{\"phone\":\"" + phone + "\",\"packageCode\":\"mc-basic\"}")
                .post("/api/orders/" + id + "/package-changes").then().statusCode(400)
                .body("code", equalTo("SAME_PACKAGE")).body("field", equalTo("packageCode"));
        bot().body("{\"phone\":\"" + phone + "\",\"packageCode\":\"nope\"}")
                .post("/api/orders/" + id + "/package-changes").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_PACKAGE"));
        String changeId = change.getString("changeId");
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + changeId + "/confirm").then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
        LifecycleActionRequested build = awaitAction(id, LifecycleAction.CHANGE_BUILD);
        assertThat(build.packageCode()).isEqualTo("mc-pro");
        answer(build, new LifecycleActionCompleted.BuildLimits("mc-pro", 4096, 200, 20480));
        await().atMost(Duration.ofSeconds(10)).until(() -> "mc-pro".equals(admin().get("/api/admin/orders/" + id)
                .then().extract().path("packageCode")));
        admin().get("/api/admin/changes/" + changeId).then().body("status", equalTo("APPLIED"));
        assertThat(awaitNotices(id, LifecycleNotice.Kind.PACKAGE_CHANGED, 1).get(0).newPackage())
                .isEqualTo("Minecraft Pro");

        // back down, and the panel's node has no room for it (the answer provisioning-service gives then)
        String back = admin().body("{\"by\":\"admin test\",\"packageCode\":\"mc-basic\"}")
                .post("/api/admin/servers/" + id + "/package-changes").then().statusCode(202).extract().path("changeId");
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/changes/" + back + "/confirm").then().statusCode(200);
        LifecycleActionRequested refusedBuild = awaitAction(id, LifecycleAction.CHANGE_BUILD, 2);
        broker.publish(Topology.PROVISIONING_EXCHANGE, EventTypes.LIFECYCLE_ACTION_FAILED, UUID.randomUUID().toString(),
                EventJson.write(LifecycleActionFailed.of(id, "corr", refusedBuild.actionId(),
                        LifecycleAction.CHANGE_BUILD, 12, "NO_CAPACITY", "node 1 has 100 MiB free, needs 2048")));
        await().atMost(Duration.ofSeconds(10)).until(() -> "REFUSED".equals(admin().get("/api/admin/changes/" + back)
                .then().extract().path("status")));
        LifecycleNotice refused = awaitNotices(id, LifecycleNotice.Kind.CHANGE_REFUSED, 1).get(0);
        assertThat(refused.audience()).containsExactly("customer", "admin");
        assertThat(refused.detail()).contains("NO_CAPACITY");
        assertThat((String) admin().get("/api/admin/orders/" + id).then().extract().path("packageCode"))
                .isEqualTo("mc-pro");
    }

    // ---- the admin's hand ----

    @Test
    void theAdminListsExtendsAndForcesWithClearRefusals() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        Instant expires = expiresAt(id);
        clock.set(expires.minus(Duration.ofDays(2)));
        assertThat(admin().get("/api/admin/servers?state=expiring&withinDays=3").then().statusCode(200).extract()
                .jsonPath().getList("orderId")).contains(id);
        admin().get("/api/admin/servers?state=sideways").then().statusCode(400).body("field", equalTo("state"));
        admin().body("{\"by\":\"admin test\",\"days\":0}").post("/api/admin/servers/" + id + "/extend").then()
                .statusCode(400).body("code", equalTo("INVALID_DAYS")).body("field", equalTo("days"));
        admin().body("{\"by\":\"admin test\",\"days\":3}").post("/api/admin/servers/" + id + "/extend").then()
                .statusCode(200);
        assertThat(expiresAt(id)).isEqualTo(expires.plus(Duration.ofDays(3)));
        awaitNotices(id, LifecycleNotice.Kind.EXTENDED, 1);

        admin().body("{\"by\":\"admin test\"}").post("/api/admin/servers/" + id + "/suspend").then().statusCode(202);
        LifecycleActionRequested suspend = awaitAction(id, LifecycleAction.SUSPEND);
        assertThat(suspend.requestedBy()).isEqualTo("admin:admin test");
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/servers/" + id + "/terminate").then()
                .statusCode(409).body("code", equalTo("ACTION_IN_PROGRESS"));
        answer(suspend, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(term(id).getString("state")));
        admin().body("{\"by\":\"admin test\"}").post("/api/admin/servers/" + id + "/unsuspend").then().statusCode(202);
        answer(awaitAction(id, LifecycleAction.UNSUSPEND), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(term(id).getString("state")));
        admin().post("/api/admin/servers/" + id + "/suspend").then().statusCode(400).body("code",
                equalTo("BODY_REQUIRED"));
        bot().body("{\"by\":\"admin test\"}").post("/api/admin/servers/" + id + "/suspend").then().statusCode(403);
    }

    @Test
    void theAdminsDailyListGoesOncePerDay() throws Exception {
        String id = completed(Api.randomPhone(), Instant.now());
        Instant expires = expiresAt(id);
        Instant morning = expires.minus(Duration.ofDays(2)).atZone(WIB).toLocalDate().atTime(8, 30).atZone(WIB)
                .toInstant();
        clock.set(morning.minus(Duration.ofHours(1)));
        assertThat(scheduler.digest()).isFalse(); // not before LIFECYCLE_DIGEST_TIME
        clock.set(morning);
        assertThat(scheduler.digest()).isTrue();
        assertThat(scheduler.digest()).isFalse();
        String day = morning.atZone(WIB).toLocalDate().toString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            collect();
            assertThat(notices("DIGEST-" + day, LifecycleNotice.Kind.EXPIRING_DIGEST)).hasSize(1);
        });
        LifecycleNotice digest = notices("DIGEST-" + day, LifecycleNotice.Kind.EXPIRING_DIGEST).get(0);
        assertThat(digest.audience()).containsExactly("admin");
        assertThat(digest.items()).anySatisfy(item -> assertThat(item.orderId()).isEqualTo(id));
    }

    // ---- helpers ----

    /** A COMPLETED order whose server-ready event happened at {@code at}. */
    static String completed(String phone, Instant at) throws Exception {
        String id = bot().body(Api.orderBody(phone, "Budi Santoso", "mc-basic", 1)).post("/api/orders").then()
                .statusCode(201).extract().path("orderId");
        Api.confirm(id);
        Customer customer = new Customer("CUS-TEST", phone, "Budi Santoso", null, "id");
        ProvisioningCompleted event = new ProvisioningCompleted(UUID.randomUUID(),
                EventTypes.PROVISIONING_COMPLETED, ProvisioningCompleted.SCHEMA_VERSION, at, id, "corr", "job-" + id,
                customer, new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1),
                new PanelAccess("https://panel.example", 7, "budi_a1", "budi@example.com", true,
                        CIPHER.seal("first-Pass-1", id)),
                new ServerInfo(12, "0b1c2d3e-0000-4000-8000-000000000000", "0b1c2d3e", "Budi MC", "10.0.0.5", 25565,
                        2048, 100, 10240),
                null);
        broker.publish(Topology.PROVISIONING_EXCHANGE, event.type(), event.eventId().toString(),
                EventJson.write(event));
        await().atMost(Duration.ofSeconds(10)).until(() -> term(id).getString("state") != null);
        return id;
    }

    static JsonPath term(String id) {
        return new JsonPath(admin().get("/api/admin/orders/" + id).then().statusCode(200).extract().asString())
                .setRootPath("term");
    }

    static Instant expiresAt(String id) {
        return Instant.parse(term(id).getString("expiresAt"));
    }

    static List<String> timelineSteps(String id) {
        return admin().get("/api/admin/orders/" + id).then().extract().jsonPath().getList("timeline.step");
    }

    /** provisioning-service's answer "done" to an action. */
    static void answer(LifecycleActionRequested request, LifecycleActionCompleted.BuildLimits limits) throws Exception {
        LifecycleActionCompleted done = LifecycleActionCompleted.of(request.orderId(), request.correlationId(),
                request.actionId(), request.action(), request.serverId(), false, limits, request.action() + " done");
        broker.publish(Topology.PROVISIONING_EXCHANGE, done.type(), done.eventId().toString(), EventJson.write(done));
    }

    /** Everything order-service published on lifecycle.* so far, each checked against its schema. */
    static synchronized void collect() throws Exception {
        for (GetResponse r : broker.drain(outQueue)) {
            String type = r.getEnvelope().getRoutingKey();
            String json = TestBroker.body(r);
            assertThat(EventSchemas.validate(type, json)).as(type).isEmpty();
            OUT.add(EventJson.read(type, json));
        }
    }

    static List<LifecycleNotice> notices(String orderId, LifecycleNotice.Kind kind) {
        return OUT.stream().filter(e -> e instanceof LifecycleNotice n && orderId.equals(n.orderId())
                && n.kind() == kind).map(LifecycleNotice.class::cast).toList();
    }

    static List<LifecycleActionRequested> actions(String orderId, LifecycleAction action) {
        return OUT.stream().filter(e -> e instanceof LifecycleActionRequested a && orderId.equals(a.orderId())
                && (action == null || a.action() == action)).map(LifecycleActionRequested.class::cast).toList();
    }

    static List<LifecycleNotice> awaitNotices(String orderId, LifecycleNotice.Kind kind, int count) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            collect();
            assertThat(notices(orderId, kind)).hasSizeGreaterThanOrEqualTo(count);
        });
        return notices(orderId, kind);
    }

    static LifecycleActionRequested awaitAction(String orderId, LifecycleAction action) {
        return awaitAction(orderId, action, 1);
    }

    static LifecycleActionRequested awaitAction(String orderId, LifecycleAction action, int nth) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            collect();
            assertThat(actions(orderId, action)).hasSizeGreaterThanOrEqualTo(nth);
        });
        return actions(orderId, action).get(nth - 1);
    }

    /**
     * Lets anything that would wrongly follow reach the queue (the outbox relay is nudged by each commit and polls
     * every second besides).
     */
    static void settle() throws Exception {
        Thread.sleep(1500);
        collect();
    }
}
