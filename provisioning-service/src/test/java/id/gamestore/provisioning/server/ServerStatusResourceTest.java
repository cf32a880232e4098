package id.gamestore.provisioning.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.testing.SandboxTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A server's live status and power actions as order-service's chat asks for them (service key), against the sandbox
 * panel driven into each state a customer can see.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ServerStatusResourceTest {
    private static final String SERVICE_KEY = "test-service-key";
    private static final String ADMIN_KEY = "test-admin-key";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Sandbox sandbox;
    private PanelSandbox panel;
    private int user;

    @BeforeEach
    void freshPanel() {
        sandbox = SandboxTestResource.current();
        panel = sandbox.panel();
        panel.reset();
        String name = "chat" + SEQ.incrementAndGet();
        user = panelApp().body(Map.of("username", name, "email", name + "@example.com", "first_name", "Budi",
                "last_name", "Santoso")).post("/api/application/users").then().statusCode(201).extract()
                .path("attributes.id");
    }

    @AfterEach
    void clearFaults() {
        panel.faults().clear();
    }

    @Test
    void statusInEachStateACustomerCanSee() {
        String running = server("running");
        status(running).statusCode(200).body("identifier", equalTo(running)).body("available", equalTo(true))
                .body("state", equalTo("running")).body("cpuPercent", equalTo(3.5f))
                .body("memoryBytes", equalTo(268435456)).body("memoryLimitBytes", equalTo(1073741824))
                .body("diskBytes", equalTo(52428800)).body("diskLimitBytes", equalTo(5368709120L))
                .body("uptimeSeconds", equalTo(60)).body("address", equalTo(addressOf(running)))
                .body("checkedAt", org.hamcrest.Matchers.notNullValue()).body("$", not(hasKey("reason")));

        for (String state : List.of("starting", "stopping", "offline")) {
            String id = server(state);
            status(id).statusCode(200).body("available", equalTo(true)).body("state", equalTo(state));
        }
        String offline = server("offline");
        status(offline).body("memoryBytes", equalTo(0)).body("uptimeSeconds", equalTo(0));

        String installing = server("installing");
        status(installing).statusCode(200).body("available", equalTo(true)).body("state", equalTo("installing"))
                .body("memoryLimitBytes", equalTo(1073741824)).body("address", equalTo(addressOf(installing)))
                .body("$", not(hasKey("cpuPercent")));
        assertThat(panel.requestCount("GET", "/api/client/servers/" + installing + "/resources"))
                .as("the panel refuses usage while installing, so it is not asked").isZero();

        String suspended = server("suspended");
        status(suspended).statusCode(200).body("available", equalTo(true)).body("state", equalTo("suspended"))
                .body("diskBytes", equalTo(52428800)).body("memoryBytes", equalTo(0));
    }

    @Test
    void unknownServerIs404AndABadIdentifierIs400WithoutAskingThePanel() {
        status("deadbeef").statusCode(404).body("code", equalTo("SERVER_NOT_FOUND"));
        for (String bad : List.of("ef39bc0", "ef39bc021", "zz39bc02", "ef39%20bc0", "..%2F..%2Fa")) {
            as(SERVICE_KEY).urlEncodingEnabled(false).get("/api/servers/" + bad + "/status").then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
                    .body("code", org.hamcrest.Matchers.anyOf(equalTo("INVALID_IDENTIFIER"), equalTo("NOT_FOUND")));
        }
        as(SERVICE_KEY).get("/api/servers/ef39-c02/status").then().statusCode(400)
                .body("code", equalTo("INVALID_IDENTIFIER")).body("field", equalTo("identifier"));
        String running = server("running");
        status(" " + running.toUpperCase() + " ").statusCode(200).body("identifier", equalTo(running));
        assertThat(panel.requests()).noneMatch(r -> r.path().startsWith("/api/client/servers/")
                && !r.path().contains("deadbeef") && !r.path().contains(running));
    }

    @Test
    void twoCallsWithinTheCacheTimeAskThePanelOnceAndConcurrentCallsShareOneAnswer() throws Exception {
        String id = server("running");
        status(id).body("state", equalTo("running"));
        status(id).body("state", equalTo("running"));
        assertThat(panel.requestCount("GET", "/api/client/servers/" + id)).isEqualTo(1);
        assertThat(panel.requestCount("GET", "/api/client/servers/" + id + "/resources")).isEqualTo(1);

        String other = server("offline");
        panel.faults().add(Fault.latency(Duration.ofMillis(400)).on("GET", "/api/client/servers/" + other));
        List<Thread> callers = new java.util.ArrayList<>();
        List<String> states = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> states.add(status(other).extract().path("state")));
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join(10_000);
        }
        assertThat(states).containsOnly("offline").hasSize(5);
        assertThat(panel.requestCount("GET", "/api/client/servers/" + other)).isEqualTo(1);
    }

    @Test
    void powerStartStopRestartChangeTheStateAndASuspendedServerIs409() {
        String id = server("offline");
        status(id).body("state", equalTo("offline"));
        power(id, "start").statusCode(202).body("identifier", equalTo(id)).body("signal", equalTo("start"))
                .body("accepted", equalTo(true));
        status(id).body("state", equalTo("running"));
        power(id, " STOP ").statusCode(202).body("signal", equalTo("stop"));
        status(id).body("state", equalTo("offline"));
        power(id, "restart").statusCode(202);
        status(id).body("state", equalTo("running"));

        for (String bad : List.of("kill", "explode", "")) {
            power(id, bad).statusCode(400).body("code", equalTo("INVALID_SIGNAL")).body("field", equalTo("signal"));
        }
        as(SERVICE_KEY).contentType(ContentType.JSON).body("{}").post("/api/servers/" + id + "/power").then()
                .statusCode(400).body("field", equalTo("signal"));
        power("deadbeef", "start").statusCode(404).body("code", equalTo("SERVER_NOT_FOUND"));

        String suspended = server("suspended");
        power(suspended, "start").statusCode(409).body("code", equalTo("SERVER_NOT_READY"))
                .body("reason", equalTo("suspended"));
        String installing = server("installing");
        power(installing, "restart").statusCode(409).body("reason", equalTo("installing"));
        assertThat(panel.inventory().server(idOf(suspended)).orElseThrow().powerState()).isEqualTo("offline");

        panel.faults().add(Fault.wingsUnreachable().on("POST", "/api/client/*"));
        power(id, "stop").statusCode(503).body("code", equalTo("PANEL_UNAVAILABLE"));
    }

    @Test
    void panelDownTimingOutOrRateLimitingAnswersNotAvailableQuickly() {
        String slow = server("running");
        panel.faults().add(Fault.latency(Duration.ofSeconds(6)).on("GET", "/api/client/servers/" + slow + "*"));
        long begin = System.nanoTime();
        status(slow).statusCode(200).body("identifier", equalTo(slow)).body("available", equalTo(false))
                .body("reason", equalTo("PANEL_UNREACHABLE")).body("$", not(hasKey("state")));
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));

        String wingsDown = server("running");
        panel.faults().add(Fault.wingsUnreachable().on("GET", "/api/client/servers/" + wingsDown + "/resources"));
        status(wingsDown).statusCode(200).body("available", equalTo(false)).body("reason",
                equalTo("PANEL_UNREACHABLE"));

        String limited = server("running");
        panel.faults().add(Fault.rateLimited().withMillis(1000).on("GET", "/api/client/servers/" + limited).times(1));
        status(limited).statusCode(200).body("available", equalTo(false)).body("reason",
                equalTo("PANEL_RATE_LIMITED"));
    }

    @Test
    void aServiceKeyReachesServersOnlyAndAnAdminKeyReachesBoth() {
        String id = server("running");
        as(ADMIN_KEY).get("/api/servers/" + id + "/status").then().statusCode(200);
        as("second-service-key").get("/api/servers/" + id + "/status").then().statusCode(200);
        for (String path : List.of("/api/admin/jobs", "/api/admin/capacity", "/api/admin/capacity/packages")) {
            as(SERVICE_KEY).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        as(SERVICE_KEY).post("/api/admin/jobs/ORD-ZZZZZZZZ/retry").then().statusCode(403);
        given().get("/api/servers/" + id + "/status").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", "test-service-keyx").get("/api/servers/" + id + "/status").then().statusCode(401);
    }

    // ---- helpers

    private ValidatableResponse status(String identifier) {
        return as(SERVICE_KEY).get("/api/servers/{id}/status", identifier).then();
    }

    private ValidatableResponse power(String identifier, String signal) {
        return as(SERVICE_KEY).contentType(ContentType.JSON).body(Map.of("signal", signal))
                .post("/api/servers/{id}/power", identifier).then();
    }

    private static RequestSpecification as(String key) {
        return given().header("X-Api-Key", key).accept(ContentType.JSON);
    }

    private RequestSpecification panelApp() {
        return given().baseUri(sandbox.panelUrl()).header("Authorization", "Bearer " + sandbox.config().panelAppKey())
                .accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** A Paper server of 1 GiB memory and 5 GiB disk, installed, then put into {@code state}; its identifier. */
    private String server(String state) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Chat " + SEQ.incrementAndGet());
        body.put("user", user);
        body.put("egg", 3);
        body.put("docker_image", "ghcr.io/pterodactyl/yolks:java_17");
        body.put("startup", "java -Xms128M -jar {{SERVER_JARFILE}}");
        body.put("environment", Map.of("SERVER_JARFILE", "server.jar", "BUILD_NUMBER", "latest",
                "MINECRAFT_VERSION", "1.20.4"));
        body.put("limits", Map.of("memory", 1024, "swap", 0, "disk", 5120, "io", 500, "cpu", 100));
        body.put("feature_limits", Map.of("databases", 0, "backups", 0, "allocations", 0));
        body.put("deploy", Map.of("locations", List.of(1), "dedicated_ip", false, "port_range", List.of()));
        int id = panelApp().body(body).post("/api/application/servers").then().statusCode(201).extract()
                .path("attributes.id");
        panel.completeInstall(id, true);
        return panel.setServerState(Integer.toString(id), state).orElseThrow();
    }

    private int idOf(String identifier) {
        return panel.inventory().servers().stream().filter(s -> s.identifier().equals(identifier)).findFirst()
                .orElseThrow().id();
    }

    private String addressOf(String identifier) {
        var server = panel.inventory().server(idOf(identifier)).orElseThrow();
        var allocation = panel.inventory().allocations().stream().filter(a -> a.id() == server.allocationId())
                .findFirst().orElseThrow();
        return allocation.ip() + ":" + allocation.port();
    }
}
