package id.gamestore.provisioning.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * GET /api/admin/reports/provisioning over a known history written straight into the tables: every figure checked,
 * the store's day boundary (Asia/Jakarta, UTC+7), an empty range, the default range, bad input and no key.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class ProvisioningReportTest {
    private static final String KEY = "test-admin-key";
    private static final String PATH = "/api/admin/reports/provisioning";

    @Inject
    History history;
    @Inject
    TestClock clock;

    @BeforeEach
    void clean() {
        history.clean();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The week 2026-12-01..07 (store time): six jobs confirmed in it, two just outside. */
    private void week() {
        // Dec 1, 23:59 store time; completed after 1200 ms
        history.job("ORD-R1", Instant.parse("2026-12-01T16:59:00Z")).completed(1200).save("ENSURE_USER:STARTED:0",
                "ENSURE_USER:DONE:100", "PLACE:DONE:20", "CREATE_SERVER:DONE:300", "WAIT_INSTALL:DONE:700",
                "LOGIN:DONE:50");
        // Dec 2, 00:01 store time; one retry of ENSURE_USER
        history.job("ORD-R2", Instant.parse("2026-12-01T17:01:00Z")).completed(3400).save("ENSURE_USER:RETRY:50",
                "ENSURE_USER:DONE:300", "PLACE:DONE:40", "CREATE_SERVER:DONE:500", "WAIT_INSTALL:DONE:2000");
        history.job("ORD-R3", Instant.parse("2026-12-03T03:00:00Z")).pkg("mc-pro")
                .failed("FAILED", "NO_CAPACITY", "PLACE", "no node has room for mc-pro",
                        Instant.parse("2026-12-03T04:00:00Z"))
                .save("ENSURE_USER:DONE:120", "PLACE:FAILED:10", "COMPENSATE:DONE:0");
        // compensation and admin retries are not the saga's transient failures
        history.job("ORD-R4", Instant.parse("2026-12-05T10:00:00Z"))
                .failed("COMPENSATION_FAILED", "PANEL_REJECTED", "CREATE_SERVER", "the panel refused the server",
                        Instant.parse("2026-12-05T10:05:00Z"))
                .save("ENSURE_USER:DONE:200", "PLACE:DONE:30", "CREATE_SERVER:RETRY:5000", "CREATE_SERVER:FAILED:100",
                        "COMPENSATE:RETRY:0", "COMPENSATE:RETRY:0", "ADMIN:RETRY:0");
        history.job("ORD-R5", Instant.parse("2026-12-07T16:59:59Z")).pkg("mc-pro").state("RUNNING")
                .save("ENSURE_USER:DONE:150");
        history.job("ORD-R6", Instant.parse("2026-12-06T00:00:00Z")).state("ON_HOLD").save();
        // outside: Nov 30 23:59:59 and Dec 8 00:00 store time
        history.job("ORD-OUT1", Instant.parse("2026-11-30T16:59:59Z")).completed(99).save("ENSURE_USER:DONE:9999");
        history.job("ORD-OUT2", Instant.parse("2026-12-07T17:00:00Z"))
                .failed("FAILED", "INSTALL_FAILED", "WAIT_INSTALL", "x", Instant.parse("2026-12-07T18:00:00Z"))
                .save("ENSURE_USER:RETRY:1", "WAIT_INSTALL:FAILED:1", "COMPENSATE:DONE:0");
    }

    @Test
    void everyFigureOfAKnownWeek() {
        week();
        assertWeek(report("?from=2026-12-01&to=2026-12-07"));
    }

    @Test
    void theDefaultRangeIsTheLastSevenStoreDays() {
        week();
        clock.set(Instant.parse("2026-12-07T16:59:00Z")); // Dec 7, 23:59 store time
        assertWeek(report(""));
        clock.set(Instant.parse("2026-12-07T17:01:00Z")); // Dec 8, 00:01 store time: Dec 2..8
        report("").body("range.from", equalTo("2026-12-02")).body("range.to", equalTo("2026-12-08"))
                .body("totals.confirmed", equalTo(6)).body("daily.date[6]", equalTo("2026-12-08"))
                .body("daily.confirmed[6]", equalTo(1));
    }

    private void assertWeek(ValidatableResponse r) {
        r.body("range.from", equalTo("2026-12-01")).body("range.to", equalTo("2026-12-07"))
                .body("range.timeZone", equalTo("Asia/Jakarta"))
                .body("range.start", equalTo("2026-11-30T17:00:00Z")).body("range.end", equalTo("2026-12-07T17:00:00Z"))
                .body("totals.confirmed", equalTo(6)).body("totals.completed", equalTo(2))
                .body("totals.failed", equalTo(2)).body("totals.running", equalTo(2))
                .body("totals.successRate", equalTo(0.5f))
                .body("failuresByReason.name", contains("NO_CAPACITY", "PANEL_REJECTED"))
                .body("failuresByReason.count", contains(1, 1))
                .body("failuresByStep.name", contains("CREATE_SERVER", "PLACE"))
                .body("failuresByStep.count", contains(1, 1))
                .body("confirmToCompleted.count", equalTo(2)).body("confirmToCompleted.p50Ms", equalTo(1200))
                .body("confirmToCompleted.p95Ms", equalTo(3400)).body("confirmToCompleted.maxMs", equalTo(3400))
                .body("steps.step", contains("ENSURE_USER", "PLACE", "CREATE_SERVER", "WAIT_INSTALL", "LOGIN"))
                .body("steps.count", contains(5, 3, 2, 2, 1))
                .body("steps.p50Ms", contains(150, 30, 300, 700, 50))
                .body("steps.p95Ms", contains(300, 40, 500, 2000, 50))
                .body("steps.maxMs", contains(300, 40, 500, 2000, 50))
                .body("compensations.run", equalTo(2)).body("compensations.failed", equalTo(1))
                .body("retries", equalTo(2))
                .body("packages.packageCode", contains("mc-basic", "mc-pro"))
                .body("packages.confirmed", contains(4, 2)).body("packages.completed", contains(2, 0))
                .body("packages.failed", contains(1, 1)).body("packages.running", contains(1, 1))
                .body("packages.successRate", contains(0.6667f, 0.0f))
                .body("daily.date", contains("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05",
                        "2026-12-06", "2026-12-07"))
                .body("daily.confirmed", contains(1, 1, 1, 0, 1, 1, 1))
                .body("daily.completed", contains(1, 1, 0, 0, 0, 0, 0))
                .body("daily.failed", contains(0, 0, 1, 0, 1, 0, 0))
                .body("daily.successRate", contains(1.0f, 1.0f, 0.0f, null, 0.0f, null, null))
                .body("failures.orderId", contains("ORD-R4", "ORD-R3"))
                .body("failures.packageCode", contains("mc-basic", "mc-pro"))
                .body("failures.reason", contains("PANEL_REJECTED", "NO_CAPACITY"))
                .body("failures.step", contains("CREATE_SERVER", "PLACE"))
                .body("failures.detail", contains("the panel refused the server", "no node has room for mc-pro"))
                .body("failures.failedAt", contains("2026-12-05T10:05:00Z", "2026-12-03T04:00:00Z"))
                .body("failuresTotal", equalTo(2));
    }

    @Test
    void aJobAt2359StoreTimeIsThatDaysAndAt0001TheNextDays() {
        week();
        report("?from=2026-12-01&to=2026-12-01").body("totals.confirmed", equalTo(1))
                .body("failures", hasSize(0)).body("confirmToCompleted.p50Ms", equalTo(1200))
                .body("range.end", equalTo("2026-12-01T17:00:00Z"));
        report("?from=2026-12-02&to=2026-12-02").body("totals.confirmed", equalTo(1))
                .body("confirmToCompleted.p50Ms", equalTo(3400)).body("retries", equalTo(1));
    }

    /** An admin's cancel of a job on hold ends it FAILED without a compensation: nothing was created to undo. */
    @Test
    void aJobCancelledBeforeItRanIsFailedButNotCompensated() {
        history.job("ORD-C1", Instant.parse("2026-10-05T03:00:00Z"))
                .failed("FAILED", "CANCELLED", "ENSURE_USER", "cancelled by the admin",
                        Instant.parse("2026-10-05T03:01:00Z"))
                .save();
        report("?from=2026-10-05&to=2026-10-05").body("totals.failed", equalTo(1))
                .body("compensations.run", equalTo(0)).body("compensations.failed", equalTo(0));
    }

    @Test
    void anEmptyRangeHasZerosNullsAndOneZeroEntryPerDay() {
        week();
        report("?from=2026-06-01&to=2026-06-03")
                .body("totals.confirmed", equalTo(0)).body("totals.completed", equalTo(0))
                .body("totals.failed", equalTo(0)).body("totals.running", equalTo(0))
                .body("totals.successRate", nullValue())
                .body("failuresByReason", hasSize(0)).body("failuresByStep", hasSize(0))
                .body("confirmToCompleted.count", equalTo(0)).body("confirmToCompleted.p50Ms", nullValue())
                .body("confirmToCompleted.p95Ms", nullValue()).body("confirmToCompleted.maxMs", nullValue())
                .body("steps", hasSize(0)).body("compensations.run", equalTo(0))
                .body("compensations.failed", equalTo(0)).body("retries", equalTo(0))
                .body("packages", hasSize(0)).body("failures", hasSize(0)).body("failuresTotal", equalTo(0))
                .body("daily.date", contains("2026-06-01", "2026-06-02", "2026-06-03"))
                .body("daily.confirmed", everyItem(equalTo(0))).body("daily.successRate", everyItem(nullValue()));
    }

    @Test
    void atMostTwentyFailuresAreListedNewestFirstBesideTheirTotal() {
        for (int i = 0; i < 22; i++) {
            Instant at = Instant.parse("2026-10-01T01:00:00Z").plusSeconds(60L * i);
            history.job("ORD-F" + (100 + i), at).failed("FAILED", "INSTALL_FAILED", "WAIT_INSTALL", "install failed",
                    at.plusSeconds(30)).save();
        }
        report("?from=2026-10-01&to=2026-10-01").body("failuresTotal", equalTo(22)).body("failures", hasSize(20))
                .body("failures[0].orderId", equalTo("ORD-F121")).body("failures[19].orderId", equalTo("ORD-F102"))
                .body("failuresByReason[0].count", equalTo(22)).body("totals.successRate", equalTo(0.0f));
    }

    @Test
    void badFromOrToIsRefusedNamingTheField() {
        refused("?from=2026-13-01", "from", "INVALID_DATE", "from must be a date like 2026-12-01");
        refused("?to=7d", "to", "INVALID_DATE", "to must be a date like 2026-12-01");
        refused("?from=2026-12-08&to=2026-12-07", "from", "INVALID_RANGE",
                "from (2026-12-08) must not be after to (2026-12-07)");
        refused("?from=2025-12-06&to=2026-12-07", "from", "INVALID_RANGE",
                "the range from 2025-12-06 to 2026-12-07 covers 367 days; a report covers at most 366 days");
    }

    @Test
    void withoutAnAdminKeyTheReportsAreRefused() {
        given().get(PATH).then().statusCode(401);
        given().get("/api/admin/reports/capacity").then().statusCode(401);
        given().header("X-Api-Key", "not-a-key").get(PATH).then().statusCode(401);
        given().header("X-Api-Key", "test-service-key").get(PATH).then().statusCode(403);
    }

    private static void refused(String query, String field, String code, String message) {
        given().header("X-Api-Key", KEY).get(PATH + query).then().statusCode(400)
                .body("field", equalTo(field)).body("code", equalTo(code)).body("message", equalTo(message));
    }

    private static ValidatableResponse report(String query) {
        return given().header("X-Api-Key", KEY).get(PATH + query).then().statusCode(200);
    }
}
