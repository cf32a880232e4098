package id.gamestore.provisioning.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.health.NodeCapacities.NodeUsage;
import id.gamestore.provisioning.support.LogCapture;
import id.gamestore.provisioning.support.PanelProbe;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestClock;
import id.gamestore.sandbox.faults.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * GET /api/admin/reports/capacity and its hourly snapshots, over the sandbox panel's seed nodes (jkt-node-1 32768 MiB
 * / 512000 MiB / 50 ports, jkt-node-2 8192 / 102400 / 50, sgp-node-1 16384 / 256000 / 50, nothing on them) and a
 * known history of completed jobs and snapshots. The clock stands at 2026-12-07T05:20Z (Dec 7, 12:20 store time).
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class CapacityReportTest {
    private static final String KEY = "test-admin-key";
    private static final String PATH = "/api/admin/reports/capacity";
    private static final Instant NOW = Instant.parse("2026-12-07T05:20:00Z");

    @Inject
    History history;
    @Inject
    TestClock clock;
    @Inject
    CapacitySnapshots snapshots;
    PanelProbe panel;

    @BeforeEach
    void clean() {
        panel = PanelProbe.current();
        panel.reset();
        history.clean();
        clock.set(NOW);
    }

    @AfterEach
    void after() {
        panel.clearFaults();
        clock.reset();
    }

    @Test
    void everyFigureOfEachNode() {
        // jkt-node-2: mc-basic (2048 MiB, 10240 MiB, 1 port) and mc-pro (4096, 20480, 1 + 2 ports) in the last 14 days
        history.job("ORD-N2A", NOW.minusSeconds(86400 * 10)).completedAt(Instant.parse("2026-12-06T01:00:00Z"), 2)
                .save();
        history.job("ORD-N2B", NOW.minusSeconds(86400 * 8)).pkg("mc-pro").additionalAllocations(2)
                .completedAt(Instant.parse("2026-11-23T05:20:00Z"), 2).save();
        // one second before the 14 days: not counted
        history.job("ORD-N2C", NOW.minusSeconds(86400 * 20)).completedAt(Instant.parse("2026-11-23T05:19:59Z"), 2)
                .save();
        // sgp-node-1: eight mc-pro (32768 MiB, 163840 MiB, 8 ports) -> full of memory in 7 days
        for (int i = 0; i < 8; i++) {
            history.job("ORD-N3-" + i, NOW.minusSeconds(86400 * 3)).pkg("mc-pro")
                    .completedAt(NOW.minusSeconds(86400L * i + 60), 3).save();
        }
        // a failed job on jkt-node-1 takes nothing
        history.job("ORD-N1F", NOW.minusSeconds(3600)).failed("FAILED", "INSTALL_FAILED", "WAIT_INSTALL", "x",
                NOW.minusSeconds(60)).save();
        // servers by package: a terminated one is gone, a changed one counts under its new package
        history.job("ORD-GONE", NOW.minusSeconds(86400 * 40)).completed(1000).save();
        history.lifecycleDone("ORD-GONE", "TERMINATE", null);
        history.lifecycleDone("ORD-N2A", "CHANGE_BUILD", "mc-pro");
        history.lifecycleDone("ORD-N2C", "SUSPEND", null);

        ValidatableResponse r = report("?from=2026-12-01&to=2026-12-07")
                .body("range.start", equalTo("2026-11-30T17:00:00Z"))
                .body("nodes.nodeId", contains(1, 2, 3))
                .body("nodes.name", contains("jkt-node-1", "jkt-node-2", "sgp-node-1"))
                .body("nodes.now.memoryUsedMb", contains(0, 0, 0))
                .body("nodes.now.memoryTotalMb", contains(32768, 8192, 16384))
                .body("nodes.now.diskUsedMb", contains(0, 0, 0))
                .body("nodes.now.diskTotalMb", contains(512000, 102400, 256000))
                .body("nodes.now.allocationsUsed", contains(0, 0, 0))
                .body("nodes.now.allocationsTotal", contains(50, 50, 50))
                .body("nodes.now.at", contains("2026-12-07T05:20:00Z", "2026-12-07T05:20:00Z", "2026-12-07T05:20:00Z"))
                // 6144 / 14 = 438.857, 30720 / 14 = 2194.286, 4 / 14 = 0.286; 32768 / 14, 163840 / 14, 8 / 14
                .body("nodes.dailyGrowth.memoryMb", contains(0.0f, 438.86f, 2340.57f))
                .body("nodes.dailyGrowth.diskMb", contains(0.0f, 2194.29f, 11702.86f))
                .body("nodes.dailyGrowth.allocations", contains(0.0f, 0.29f, 0.57f))
                // node 2: memory ceil(8192 * 14 / 6144) = 19 days; node 3: ceil(16384 * 14 / 32768) = 7 days
                .body("nodes.expectedFullOn", contains(null, "2026-12-26", "2026-12-14"))
                .body("nodes.limitedBy", contains(null, "memory", "memory"))
                .body("nodes.history", contains(List.of(), List.of(), List.of()))
                .body("serversByPackage.name", contains("mc-pro", "mc-basic"))
                .body("serversByPackage.count", contains(10, 1))
                .body("warnings", hasSize(1))
                .body("warnings[0].nodeId", equalTo(3)).body("warnings[0].name", equalTo("sgp-node-1"))
                .body("warnings[0].problem", equalTo("FULL_SOON"))
                .body("warnings[0].detail", equalTo("memory runs out on 2026-12-14 "
                        + "(in 7 days) at the last 14 days' rate"));
        assertThat(r.extract().jsonPath().getList("nodes")).hasSize(3);
    }

    @Test
    void theHistoryIsTheHourlySnapshotsInsideTheRange() {
        snapshots.write(Instant.parse("2026-12-05T16:00:00Z"), NOW, List.of(usage(1, 1000, 1, 1)));
        snapshots.write(Instant.parse("2026-12-05T17:00:00Z"), NOW, List.of(usage(1, 2048, 10240, 1)));
        snapshots.write(Instant.parse("2026-12-07T04:00:00Z"), NOW,
                List.of(usage(1, 4096, 20480, 2), usage(2, 512, 1024, 3)));
        snapshots.write(Instant.parse("2026-12-07T17:00:00Z"), NOW, List.of(usage(1, 9, 9, 9)));
        report("?from=2026-12-06&to=2026-12-07")
                .body("nodes[0].history.at", contains("2026-12-05T17:00:00Z", "2026-12-07T04:00:00Z"))
                .body("nodes[0].history.memoryUsedMb", contains(2048, 4096))
                .body("nodes[0].history.diskUsedMb", contains(10240, 20480))
                .body("nodes[0].history.allocationsUsed", contains(1, 2))
                .body("nodes[1].history.at", contains("2026-12-07T04:00:00Z"))
                .body("nodes[1].history.memoryUsedMb", contains(512))
                .body("nodes[2].history", hasSize(0));
    }

    @Test
    void whileThePanelCannotBeReadNowIsTheLastSnapshotAndANearlyFullNodeIsWarnedAbout() {
        snapshots.write(Instant.parse("2026-12-07T03:00:00Z"), Instant.parse("2026-12-07T03:01:00Z"),
                List.of(usage(1, 1000, 1000, 1)));
        snapshots.write(Instant.parse("2026-12-07T04:00:00Z"), Instant.parse("2026-12-07T04:02:00Z"),
                List.of(usage(1, 29492, 1000, 45)));
        panel.fault(Fault.serverError(503).on("GET", "/api/application/nodes"));
        report("").body("nodes.nodeId", contains(1))
                .body("nodes[0].now.memoryUsedMb", equalTo(29492)).body("nodes[0].now.memoryTotalMb", equalTo(32768))
                .body("nodes[0].now.allocationsUsed", equalTo(45))
                .body("nodes[0].now.at", equalTo("2026-12-07T04:02:00Z"))
                .body("nodes[0].expectedFullOn", nullValue())
                .body("warnings.problem", contains("PANEL_UNAVAILABLE", "ALMOST_FULL"))
                .body("warnings[0].nodeId", nullValue())
                .body("warnings[1].detail", equalTo("memory 90 % used (29492 of 32768 MiB), "
                        + "allocations 90 % used (45 of 50)"));
    }

    @Test
    void anHoursSnapshotIsTakenOnceAndOldOnesArePurged() {
        assertThat(snapshots.run()).isEqualTo(3);
        // a second run of the same hour (another instance, a restart) reads nothing and writes nothing
        clock.set(NOW.plusSeconds(30 * 60));
        Instant before = Instant.now();
        assertThat(snapshots.run()).isZero();
        assertThat(panel.requestsSince(before, "GET", ".*/nodes.*")).isZero();
        // and one that raced past the check finds the rows there: the first writer's figures stay
        assertThat(snapshots.write(Instant.parse("2026-12-07T05:00:00Z"), NOW, List.of(usage(1, 7, 7, 7))))
                .isZero();
        report("?from=2026-12-07&to=2026-12-07").body("nodes[0].history.at", contains("2026-12-07T05:00:00Z"))
                .body("nodes[0].history.memoryUsedMb", contains(0));
        assertThat(history.snapshotRows()).isEqualTo(3);

        // the next hour is taken; the hours before now minus 90 days (2026-09-08T06:00:01Z) are deleted
        snapshots.write(Instant.parse("2026-09-08T07:00:00Z"), NOW, List.of(usage(1, 1, 1, 1)));
        snapshots.write(Instant.parse("2026-09-08T05:00:00Z"), NOW, List.of(usage(1, 1, 1, 1)));
        clock.set(Instant.parse("2026-12-07T06:00:01Z"));
        assertThat(snapshots.run()).isEqualTo(3);
        assertThat(history.snapshotRows()).isEqualTo(3 + 3 + 1);
    }

    @Test
    void aPanelErrorSkipsTheHourWithAWarning() {
        panel.fault(Fault.serverError(503).on("GET", "/api/application/nodes"));
        try (LogCapture log = LogCapture.install()) {
            assertThat(snapshots.run()).isZero();
            assertThat(log.contains("capacity snapshot of 2026-12-07T05:00:00Z skipped: the panel could not be read"))
                    .isTrue();
        }
        assertThat(history.snapshotRows()).isZero();
        panel.clearFaults();
        assertThat(snapshots.run()).isEqualTo(3);
    }

    @Test
    void badFromOrToIsRefusedNamingTheField() {
        given().header("X-Api-Key", KEY).get(PATH + "?to=2026-02-30").then().statusCode(400)
                .body("field", equalTo("to")).body("message", equalTo("to must be a date like 2026-12-01"));
    }

    private static NodeUsage usage(long node, long memory, long disk, long allocations) {
        return new NodeUsage(node, node == 1 ? "jkt-node-1" : "jkt-node-2", 1, false, memory, 32768, 32768 - memory,
                disk, 512000, 512000 - disk, allocations, 50);
    }

    private static ValidatableResponse report(String query) {
        return given().header("X-Api-Key", KEY).get(PATH + query).then().statusCode(200);
    }
}
