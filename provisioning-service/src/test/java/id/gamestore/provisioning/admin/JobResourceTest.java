package id.gamestore.provisioning.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class JobResourceTest {
    private static final String KEY = "test-admin-key";
    private static TestBroker broker;

    @Inject
    Db db;
    PanelProbe panel;
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeAll
    static void open() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void close() throws Exception {
        broker.close();
    }

    @BeforeEach
    void clean() {
        panel = PanelProbe.current();
        panel.reset();
        db.clean();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.consumers() > 0);
    }

    @Test
    void adminEndpointsNeedTheKey() {
        given().get("/api/admin/jobs").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"))
                .body("field", equalTo("X-Api-Key"));
        given().header("X-Api-Key", "wrong").get("/api/admin/capacity").then().statusCode(401);
        given().header("X-Api-Key", "second-admin-key").get("/api/admin/jobs").then().statusCode(200);
    }

    @Test
    void completedJobIsListedWithItsStepLog() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        broker.publish(order);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.state(order.orderId()) == JobState.COMPLETED);

        given().header("X-Api-Key", KEY).queryParam("state", "completed").get("/api/admin/jobs").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].orderId", equalTo(order.orderId()));
        given().header("X-Api-Key", KEY).get("/api/admin/jobs/" + order.orderId()).then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("steps.CREATE_SERVER", equalTo("DONE"))
                .body("log.step", hasItem("WAIT_INSTALL")).body("$", not(hasItem("passwordEnvelope")));
        given().header("X-Api-Key", KEY).post("/api/admin/jobs/" + order.orderId() + "/cancel").then()
                .statusCode(409).body("code", equalTo("INVALID_STATE"));
    }

    @Test
    void badParametersAndUnknownJobsGiveErrorBodies() {
        given().header("X-Api-Key", KEY).queryParam("state", "sleeping").get("/api/admin/jobs").then()
                .statusCode(400).body("field", equalTo("state"));
        given().header("X-Api-Key", KEY).queryParam("size", 0).get("/api/admin/jobs").then().statusCode(400)
                .body("field", equalTo("size"));
        given().header("X-Api-Key", KEY).get("/api/admin/jobs/nope").then().statusCode(404)
                .body("code", equalTo("JOB_NOT_FOUND"));
        given().header("X-Api-Key", KEY).post("/api/admin/jobs/nope/retry").then().statusCode(404);
    }

    @Test
    void capacityShowsEveryNode() {
        given().header("X-Api-Key", KEY).get("/api/admin/capacity").then().statusCode(200)
                .body("size()", equalTo(3)).body("name", hasItem("jkt-node-1"))
                .body("find { it.name == 'jkt-node-1' }.freeMemory", equalTo(32768))
                .body("find { it.name == 'jkt-node-1' }.freeAllocations", greaterThanOrEqualTo(50));
    }

    @Test
    void cancellingARunningJobUndoesIt() throws Exception {
        PanelProbe.Inventory start = panel.inventory();
        panel.installTakes(Duration.ofSeconds(30));
        OrderConfirmed order = Orders.confirmed("mc-basic");
        broker.publish(order);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var job = db.job(order.orderId());
            return job != null && job.serverId != null;
        });

        given().header("X-Api-Key", KEY).post("/api/admin/jobs/" + order.orderId() + "/cancel").then()
                .statusCode(200).body("cancelRequested", equalTo(true));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.state(order.orderId()) == JobState.FAILED);
        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.events(order.orderId(), EventTypes.PROVISIONING_FAILED).isEmpty());
        assertThat(broker.events(order.orderId(), EventTypes.PROVISIONING_FAILED).get(0).json()).contains("CANCELLED");
        assertThat(panel.inventory()).isEqualTo(start);
    }

    @Test
    void failedJobCanBeRetried() throws Exception {
        panel.failNextInstalls(1);
        OrderConfirmed order = Orders.confirmed("mc-basic");
        broker.publish(order);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.state(order.orderId()) == JobState.FAILED);

        given().header("X-Api-Key", KEY).post("/api/admin/jobs/" + order.orderId() + "/retry").then()
                .statusCode(200).body("state", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.state(order.orderId()) == JobState.COMPLETED);
        given().header("X-Api-Key", KEY).get("/api/admin/jobs/" + order.orderId()).then()
                .body("log.outcome", hasItem("RETRY")).body("failureReason", equalTo(null));
    }

    @Test
    void metricsAndOpenApiArePublishedOnTheManagementPort() {
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("provisioning_jobs")).body(containsString("pterodactyl_requests_total"));
        given().port(management.getPort()).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/admin/jobs/{orderId}/retry"));
    }

    @Test
    void readinessNamesThePackageThatDoesNotFitAsAWarning() {
        given().port(management.getPort()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'panel-and-resource-mapping' }.data.panel", equalTo("UP"))
                .body("checks.find { it.name == 'panel-and-resource-mapping' }.data.warnings",
                        containsString("package:mc-huge:NO_CAPACITY"))
                .body(not(containsString("package:mc-basic")))
                .body(not(containsString("MiB")));
    }
}
