package id.gamestore.provisioning.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.sandbox.faults.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Readiness means "can take work": a panel blip or one package's problem is a named warning, DOWN comes only after
 * READINESS_PANEL_FAILURES (3) consecutive failed checks, or when auto-start needs a client key the panel refuses.
 * (The test mapping has {@code mc-huge}, which fits on no node, and auto-start is on.)
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ReadinessTest {
    private static final String CHECK = "checks.find { it.name == 'panel-and-resource-mapping' }";

    @TestHTTPResource(value = "/", management = true)
    URL management;
    @Inject
    MappingStatus status;

    @BeforeEach
    @AfterEach
    void panelBack() {
        PanelProbe.current().clearFaults();
        PanelProbe.current().reset();
        status.refresh();
        status.refresh();
        status.refresh();
    }

    @Test
    void aSinglePanel503KeepsReadinessUp() {
        PanelProbe.current().fault(Fault.serverError(503).on("GET", "/api/application/nodes").times(1));
        status.refresh();
        ready().statusCode(200).body(CHECK + ".data.panel", equalTo("UNREACHABLE"))
                .body(CHECK + ".data.warnings", containsString("panel:UNREACHABLE"));
    }

    @Test
    void threeConsecutivePanelFailuresMakeReadinessDownAndRecoveryMakesItUp() {
        PanelProbe.current().fault(Fault.serverError(503).on("GET", "/api/application/nodes"));
        status.refresh();
        status.refresh();
        ready().statusCode(200).body(CHECK + ".data.panelFailures", equalTo(2));
        status.refresh();
        ready().statusCode(503).body(CHECK + ".status", equalTo("DOWN"))
                .body(CHECK + ".data.panel", equalTo("UNREACHABLE")).body(CHECK + ".data.panelFailures", equalTo(3));

        PanelProbe.current().clearFaults();
        status.refresh();
        ready().statusCode(200).body(CHECK + ".data.panel", equalTo("UP"))
                .body(CHECK + ".data.panelFailures", equalTo(0));
    }

    @Test
    void aPackageWithoutCapacityIsANamedWarningNotDown() {
        ready().statusCode(200).body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.warnings", containsString("package:mc-huge:NO_CAPACITY"))
                .body(CHECK + ".data.warnings", not(containsString("mc-basic")))
                .body(not(containsString("MiB")));
        given().port(management.getPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("provisioning_package_buildable{package=\"mc-huge\"} 0.0"))
                .body(containsString("provisioning_package_buildable{package=\"mc-basic\"} 1.0"))
                .body(containsString("provisioning_readiness_warnings"));
    }

    @Test
    void theCapacityEndpointNamesWhichPackagesCanBeBuiltAndWhyNot() {
        given().header("X-Api-Key", "test-admin-key").get("/api/admin/capacity/packages").then().statusCode(200)
                .body("panel", equalTo("UP"))
                .body("warnings", hasItem("package:mc-huge:NO_CAPACITY"))
                .body("packages.find { it.code == 'mc-basic' }.buildable", equalTo(true))
                .body("packages.find { it.code == 'mc-huge' }.buildable", equalTo(false))
                .body("packages.find { it.code == 'mc-huge' }.problems", hasItem("NO_CAPACITY"))
                .body("packages.find { it.code == 'mc-huge' }.reasons[0]", containsString("no node has room"));
        given().get("/api/admin/capacity/packages").then().statusCode(401);
    }

    @Test
    void aClientKeyThePanelRefusesWithAutoStartOnMakesReadinessDown() {
        PanelProbe.current().fault(Fault.serverError(401).on("GET", "/api/client/account"));
        status.refresh();
        ready().statusCode(200).body(CHECK + ".data.warnings", containsString("client-key:REFUSED"));
        status.refresh();
        status.refresh();
        ready().statusCode(503).body(CHECK + ".data.clientKey", equalTo("REFUSED"))
                .body(CHECK + ".data.panel", equalTo("UP"));
        given().header("X-Api-Key", "test-admin-key").get("/api/admin/capacity/packages").then().statusCode(200)
                .body("packages.find { it.code == 'mc-files' }.problems", hasItem("CLIENT_KEY_UNUSABLE"))
                .body("packages.find { it.code == 'mc-basic' }.buildable", equalTo(true));
    }

    /**
     * Probes that arrive while a slow panel check runs wait for it and share its outcome: one slow answer is one
     * failed check, not one per waiting probe (three of them would make readiness DOWN on a single blip).
     */
    @Test
    void probesWaitingOnOneSlowPanelCheckCountItOnce() throws Exception {
        // READINESS_CACHE is 5 s in the test profile: let the last check go stale.
        Thread.sleep(5_200);
        PanelProbe.current().fault(Fault.latency(Duration.ofMillis(1_500)).on("GET", "/api/application/nodes"));
        PanelProbe.current().fault(Fault.serverError(503).on("GET", "/api/application/nodes"));
        List<CompletableFuture<MappingStatus.Snapshot>> probes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            probes.add(CompletableFuture.supplyAsync(status::current));
        }
        for (CompletableFuture<MappingStatus.Snapshot> probe : probes) {
            probe.get();
        }
        org.assertj.core.api.Assertions.assertThat(status.current().panelFailures()).isEqualTo(1);
        ready().statusCode(200).body(CHECK + ".data.panelFailures", equalTo(1));
    }

    private ValidatableResponse ready() {
        return given().port(management.getPort()).get("/q/health/ready").then();
    }
}
