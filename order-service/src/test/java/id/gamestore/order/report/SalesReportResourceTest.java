package id.gamestore.order.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.gamestore.order.support.Api;
import id.gamestore.order.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /api/admin/reports/sales} over histories written straight into the tables (orders placed at known
 * instants, in known states, with known prices; renewals and package changes applied at known instants), each in a
 * range no other test places orders in, so that every figure is known.
 */
@QuarkusTest
class SalesReportResourceTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    EntityManager em;
    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    static JsonPath sales(String query) {
        return Api.admin().get("/api/admin/reports/sales" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyFigureOfAKnownHistoryInTheStoreTimeZone() {
        KnownHistory h = new KnownHistory(em);
        String returning = h.customer();
        String failedBefore = h.customer();
        String twice = h.customer();
        String outside = h.customer();
        // before the range: a COMPLETED order makes a customer returning, a FAILED one does not
        h.order(returning, "mc-basic", 1, 150_000, "COMPLETED", wib("2025-02-10T10:00"));
        h.order(failedBefore, "mc-basic", 1, 150_000, "FAILED", wib("2025-02-11T10:00"));
        h.order(outside, "mc-basic", 1, 150_000, "COMPLETED", wib("2025-03-02T23:59:59"));
        // the cohort: placed 2025-03-03 00:00 .. 2025-03-05 23:59:59 WIB
        String first = h.order(returning, "mc-basic", 1, 150_000, "COMPLETED", wib("2025-03-03T00:00"));
        h.order(failedBefore, "mc-basic", 3, 420_000, "FAILED", wib("2025-03-04T03:00"));
        h.order(twice, "mc-pro", 1, 250_000, "COMPLETED", wib("2025-03-04T17:00"));
        h.order(twice, "mc-pro", 1, 250_000, "CANCELLED", wib("2025-03-05T23:59:59"));
        h.order(returning, "mc-basic", 1, 150_000, "PENDING", wib("2025-03-05T08:00"));
        h.order(failedBefore, "mc-basic", 1, 150_000, "PROVISIONING", wib("2025-03-05T09:00"));
        h.order(outside, "mc-basic", 1, 150_000, "COMPLETED", wib("2025-03-06T00:00"));
        // applied in the range: a renewal and a package change that cost; a credit counts 0
        h.change(first, "RENEWAL", "APPLIED", 150_000, wib("2025-03-04T12:00"));
        h.change(first, "PACKAGE_CHANGE", "APPLIED", 30_000, wib("2025-03-05T12:00"));
        h.change(first, "PACKAGE_CHANGE", "APPLIED", -20_000, wib("2025-03-05T13:00"));
        // not applied, or applied outside the range
        h.change(first, "RENEWAL", "PENDING", 77_777, wib("2025-03-04T12:00"));
        h.change(first, "PACKAGE_CHANGE", "CONFIRMED", 55_555, wib("2025-03-04T12:00"));
        h.change(first, "RENEWAL", "APPLIED", 99_999, wib("2025-03-06T00:00"));
        h.change(first, "RENEWAL", "APPLIED", 88_888, wib("2025-03-02T23:59:59"));

        JsonPath report = sales("?from=2025-03-03&to=2025-03-05");

        assertThat(report.getMap("range")).isEqualTo(Map.of("from", "2025-03-03", "to", "2025-03-05",
                "timeZone", "Asia/Jakarta", "start", "2025-03-02T17:00:00Z", "end", "2025-03-05T17:00:00Z"));
        assertThat(report.getMap("totals")).isEqualTo(Map.of("orders", 6, "confirmed", 4, "completed", 2,
                "failed", 1, "cancelled", 1, "pending", 1));
        assertThat(report.getMap("revenue")).isEqualTo(Map.of("orders", 400_000, "renewals", 150_000,
                "packageChanges", 30_000, "total", 580_000));
        assertThat(report.getList("byPackage")).isEqualTo(List.of(
                Map.of("packageCode", "mc-basic", "orders", 4, "completed", 1, "revenue", 150_000),
                Map.of("packageCode", "mc-pro", "orders", 2, "completed", 1, "revenue", 250_000)));
        assertThat(report.getList("byDuration")).isEqualTo(List.of(
                Map.of("months", 1, "orders", 5, "completed", 2, "revenue", 400_000),
                Map.of("months", 3, "orders", 1, "completed", 0, "revenue", 0)));
        assertThat(report.getMap("customers")).isEqualTo(Map.of("new", 2, "returning", 1));
        assertThat(report.getList("daily")).isEqualTo(List.of(
                Map.of("date", "2025-03-03", "orders", 1, "completed", 1, "revenue", 150_000),
                Map.of("date", "2025-03-04", "orders", 2, "completed", 1, "revenue", 250_000),
                Map.of("date", "2025-03-05", "orders", 3, "completed", 0, "revenue", 0)));
    }

    @Test
    void anEmptyRangeHasZeroesEmptyListsAndOneZeroDayPerDay() {
        JsonPath report = sales("?from=2024-06-01&to=2024-06-03");
        assertThat(report.getMap("range")).isEqualTo(Map.of("from", "2024-06-01", "to", "2024-06-03",
                "timeZone", "Asia/Jakarta", "start", "2024-05-31T17:00:00Z", "end", "2024-06-03T17:00:00Z"));
        assertThat(report.getMap("totals")).isEqualTo(Map.of("orders", 0, "confirmed", 0, "completed", 0,
                "failed", 0, "cancelled", 0, "pending", 0));
        assertThat(report.getMap("revenue")).isEqualTo(Map.of("orders", 0, "renewals", 0, "packageChanges", 0,
                "total", 0));
        assertThat(report.getList("byPackage")).isEmpty();
        assertThat(report.getList("byDuration")).isEmpty();
        assertThat(report.getMap("customers")).isEqualTo(Map.of("new", 0, "returning", 0));
        assertThat(report.getList("daily")).isEqualTo(List.of(
                Map.of("date", "2024-06-01", "orders", 0, "completed", 0, "revenue", 0),
                Map.of("date", "2024-06-02", "orders", 0, "completed", 0, "revenue", 0),
                Map.of("date", "2024-06-03", "orders", 0, "completed", 0, "revenue", 0)));
    }

    @Test
    void anOrderAt1659UtcIsTheFirstOfDecemberInJakartaAndAt1701UtcTheSecond() {
        KnownHistory h = new KnownHistory(em);
        String customer = h.customer();
        h.order(customer, "mc-basic", 1, 150_000, "COMPLETED", Instant.parse("2026-12-01T16:59:00Z"));
        h.order(customer, "mc-pro", 1, 250_000, "COMPLETED", Instant.parse("2026-12-01T17:01:00Z"));

        JsonPath first = sales("?from=2026-12-01&to=2026-12-01");
        assertThat(first.getList("byPackage")).isEqualTo(List.of(
                Map.of("packageCode", "mc-basic", "orders", 1, "completed", 1, "revenue", 150_000)));
        assertThat(first.getString("range.end")).isEqualTo("2026-12-01T17:00:00Z");
        JsonPath second = sales("?from=2026-12-02&to=2026-12-02");
        assertThat(second.getList("byPackage")).isEqualTo(List.of(
                Map.of("packageCode", "mc-pro", "orders", 1, "completed", 1, "revenue", 250_000)));
        // the first order made the customer returning by the second day
        assertThat(second.getMap("customers")).isEqualTo(Map.of("new", 0, "returning", 1));
        JsonPath both = sales("?from=2026-12-01&to=2026-12-02");
        assertThat(both.getList("daily")).isEqualTo(List.of(
                Map.of("date", "2026-12-01", "orders", 1, "completed", 1, "revenue", 150_000),
                Map.of("date", "2026-12-02", "orders", 1, "completed", 1, "revenue", 250_000)));
    }

    @Test
    void withoutFromAndToTheLastSevenStoreDaysUpToTodayAndWithOnlyToTheSixDaysBeforeIt() {
        KnownHistory h = new KnownHistory(em);
        String customer = h.customer();
        h.order(customer, "mc-basic", 1, 150_000, "COMPLETED", wib("2025-07-03T23:59:59"));
        h.order(customer, "mc-basic", 1, 150_000, "PENDING", wib("2025-07-04T00:00"));
        // 2025-07-10 00:30 in Jakarta is still the 9th in UTC: "today" is the store's day
        clock.set(wib("2025-07-10T00:30"));

        JsonPath report = sales("");
        assertThat(report.getString("range.from")).isEqualTo("2025-07-04");
        assertThat(report.getString("range.to")).isEqualTo("2025-07-10");
        assertThat(report.getList("daily")).hasSize(7);
        assertThat(report.getInt("totals.orders")).isEqualTo(1);
        assertThat(report.getInt("totals.pending")).isEqualTo(1);
        assertThat(report.getInt("daily[0].orders")).isEqualTo(1);

        JsonPath onlyTo = sales("?to=2025-07-09");
        assertThat(onlyTo.getString("range.from")).isEqualTo("2025-07-03");
        assertThat(onlyTo.getInt("totals.orders")).isEqualTo(2);
        assertThat(onlyTo.getInt("customers.returning")).isZero();
    }

    @Test
    void badFromOrToIs400NamingTheFieldWithoutAStackTrace() {
        refused("?from=2026-13-01", "from", "INVALID_DATE", "from must be a date like 2026-12-01");
        refused("?from=1.12.2026&to=2026-12-07", "from", "INVALID_DATE", "from must be a date like 2026-12-01");
        refused("?to=yesterday", "to", "INVALID_DATE", "to must be a date like 2026-12-01");
        refused("?from=2026-12-08&to=2026-12-07", "from", "INVALID_RANGE",
                "from (2026-12-08) must not be after to (2026-12-07)");
        refused("?from=2025-12-06&to=2026-12-07", "from", "INVALID_RANGE",
                "the range from 2025-12-06 to 2026-12-07 covers 367 days; a report covers at most 366 days");
        // 366 days is allowed
        sales("?from=2025-12-07&to=2026-12-07");
    }

    private static void refused(String query, String field, String code, String message) {
        Api.admin().get("/api/admin/reports/sales" + query).then().statusCode(400).body("code", equalTo(code))
                .body("field", equalTo(field)).body("message", equalTo(message))
                .body(not(containsString("Exception"))).body(not(containsString("at id.")));
    }

    @Test
    void theSalesReportNeedsAnAdminKey() {
        given().get("/api/admin/reports/sales").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", "not-a-key").get("/api/admin/reports/sales").then().statusCode(401);
        Api.bot().get("/api/admin/reports/sales").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
