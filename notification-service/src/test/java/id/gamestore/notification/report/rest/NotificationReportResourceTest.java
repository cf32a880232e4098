package id.gamestore.notification.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.notification.support.SandboxTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The notifications report over histories written straight into the delivery table (no flows run), every figure
 * checked. The histories lie in past days no other test writes to (the other tests' deliveries are created now), and
 * are deleted after each test (a PENDING row left behind would keep {@code awaitQuiet} of later tests waiting).
 */
@QuarkusTest
@Order(5)
class NotificationReportResourceTest extends SandboxTest {
    private static final String KEY = "test-admin-key";
    private static final String PATH = "/api/admin/reports/notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;
    /** The rows this test wrote: removed after it, so no PENDING or SENT row of a past day outlives it. */
    private final List<UUID> inserted = new ArrayList<>();

    @AfterEach
    void removeTheHistory() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from delivery where id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", inserted.toArray()));
            s.executeUpdate();
        }
        inserted.clear();
    }

    @Test
    void aKnownHistoryGivesEveryFigureExactly() throws Exception {
        String o = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // Dec 1 (Jakarta): read 2 s after the server was ready; delivered 0.8 s after, at 23:59 WIB
        insert(o + "-1", "SERVER_READY", "cloud", "READ", "2026-12-01T02:00:00Z", "2026-12-01T01:59:59Z",
                "2026-12-01T02:00:01Z", null, null, null);
        insert(o + "-2", "SERVER_READY", "cloud", "DELIVERED", "2026-12-01T16:59:00Z", "2026-12-01T16:58:59.500Z",
                "2026-12-01T16:59:00.300Z", null, null, null);
        // Dec 2 from 17:00Z: failed, went on by email, which arrived
        insert(o + "-3", "SERVER_READY", "cloud", "FAILED", "2026-12-01T17:01:00Z", "2026-12-01T17:00:30Z", null,
                "2026-12-01T17:05:00Z", "RETRIES_EXHAUSTED:131049", "email");
        insert(o + "-3", "FALLBACK_EMAIL", "email", "DELIVERED", "2026-12-01T17:05:00Z", "2026-12-01T17:00:30Z",
                "2026-12-01T17:05:01Z", null, null, null);
        insert(o + "-4", "SERVER_READY_RETURNING", "waha", "READ", "2026-12-02T03:00:00Z", "2026-12-02T02:59:55Z",
                "2026-12-02T03:00:05Z", null, null, null);
        insert(o + "-5", "PROGRESS", "cloud", "SUPERSEDED", "2026-12-02T03:30:00Z", "2026-12-02T03:30:00Z", null,
                null, null, null);
        insert(o + "-5", "PROGRESS", "cloud", "SENT", "2026-12-02T04:00:00Z", "2026-12-02T04:00:00Z", null, null,
                null, null);
        // Dec 3: an alert that arrived, a notice that could not be rendered (no channel), a report still waiting
        insert(o + "-6", "ADMIN_ALERT", "cloud", "DELIVERED", "2026-12-03T01:00:00Z", "2026-12-03T01:00:00Z",
                "2026-12-03T01:00:02Z", null, null, null);
        insert(o + "-6", "FAILURE_NOTICE", null, "FAILED", "2026-12-03T02:00:00Z", "2026-12-03T02:00:00Z", null,
                "2026-12-03T02:00:00Z", "MISSING_VALUE:customer.phone", "admin-alert");
        insert(o + "-7", "ADMIN_REPORT", null, "PENDING", "2026-12-03T16:59:59Z", "2026-12-03T16:59:59Z", null, null,
                null, null);
        // outside: Dec 4 00:00 WIB (the end is exclusive) and Nov 30 23:59:59 WIB
        insert(o + "-8", "SERVER_READY", "cloud", "READ", "2026-12-03T17:00:00Z", "2026-12-03T16:59:00Z",
                "2026-12-03T17:00:01Z", null, null, null);
        insert(o + "-9", "SERVER_READY", "cloud", "FAILED", "2026-11-30T16:59:59Z", "2026-11-30T16:59:00Z", null,
                "2026-11-30T17:30:00Z", "REJECTED:131026", null);

        JsonNode report = get("?from=2026-12-01&to=2026-12-03");

        assertThat(report).isEqualTo(JSON.readTree(("""
                {"range": {"from": "2026-12-01", "to": "2026-12-03", "timeZone": "Asia/Jakarta",
                           "start": "2026-11-30T17:00:00Z", "end": "2026-12-03T17:00:00Z"},
                 "totals": {"messages": 9, "delivered": 5, "read": 2, "failed": 2, "pending": 2,
                            "deliveredRate": 0.5556, "readRate": 0.2222, "failedRate": 0.2222},
                 "byKind": [
                   {"kind": "SERVER_READY", "messages": 3, "delivered": 2, "read": 1, "failed": 1, "pending": 0},
                   {"kind": "ADMIN_ALERT", "messages": 1, "delivered": 1, "read": 0, "failed": 0, "pending": 0},
                   {"kind": "ADMIN_REPORT", "messages": 1, "delivered": 0, "read": 0, "failed": 0, "pending": 1},
                   {"kind": "FAILURE_NOTICE", "messages": 1, "delivered": 0, "read": 0, "failed": 1, "pending": 0},
                   {"kind": "FALLBACK_EMAIL", "messages": 1, "delivered": 1, "read": 0, "failed": 0, "pending": 0},
                   {"kind": "PROGRESS", "messages": 1, "delivered": 0, "read": 0, "failed": 0, "pending": 1},
                   {"kind": "SERVER_READY_RETURNING", "messages": 1, "delivered": 1, "read": 1, "failed": 0,
                    "pending": 0}],
                 "byChannel": [
                   {"channel": "cloud", "messages": 5, "delivered": 3, "read": 1, "failed": 1,
                    "deliveredRate": 0.6, "readRate": 0.2, "failedRate": 0.2},
                   {"channel": "none", "messages": 2, "delivered": 0, "read": 0, "failed": 1,
                    "deliveredRate": 0.0, "readRate": 0.0, "failedRate": 0.5},
                   {"channel": "email", "messages": 1, "delivered": 1, "read": 0, "failed": 0,
                    "deliveredRate": 1.0, "readRate": 0.0, "failedRate": 0.0},
                   {"channel": "waha", "messages": 1, "delivered": 1, "read": 1, "failed": 0,
                    "deliveredRate": 1.0, "readRate": 1.0, "failedRate": 0.0}],
                 "fallback": {"email": 1, "adminAlert": 1},
                 "readyToDelivered": {"count": 3, "p50Ms": 2000, "p95Ms": 10000, "maxMs": 10000},
                 "daily": [
                   {"date": "2026-12-01", "messages": 2, "delivered": 2, "failed": 0},
                   {"date": "2026-12-02", "messages": 4, "delivered": 2, "failed": 1},
                   {"date": "2026-12-03", "messages": 3, "delivered": 1, "failed": 1}],
                 "undelivered": [
                   {"orderId": "O-6", "kind": "FAILURE_NOTICE", "channel": "none", "state": "FAILED",
                    "reason": "MISSING_VALUE:customer.phone; fallback: admin-alert", "at": "2026-12-03T02:00:00Z"},
                   {"orderId": "O-3", "kind": "SERVER_READY", "channel": "cloud", "state": "FAILED",
                    "reason": "RETRIES_EXHAUSTED:131049; fallback: email", "at": "2026-12-01T17:05:00Z"}],
                 "undeliveredTotal": 2}
                """).replace("O-", o + "-")));
    }

    @Test
    void aMessageAt1659ZIsOnDecember1AndAt1701ZOnDecember2InJakarta() throws Exception {
        String o = "TZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        insert(o + "-a", "ADMIN_ALERT", "cloud", "DELIVERED", "2025-12-01T16:59:00Z", "2025-12-01T16:59:00Z",
                "2025-12-01T16:59:01Z", null, null, null);
        insert(o + "-b", "ADMIN_ALERT", "cloud", "FAILED", "2025-12-01T17:01:00Z", "2025-12-01T17:01:00Z", null,
                "2025-12-01T17:02:00Z", "REJECTED:131026", null);

        JsonNode dec1 = get("?from=2025-12-01&to=2025-12-01");
        assertThat(dec1.at("/range/start").asText()).isEqualTo("2025-11-30T17:00:00Z");
        assertThat(dec1.at("/range/end").asText()).isEqualTo("2025-12-01T17:00:00Z");
        assertThat(dec1.at("/totals/messages").asLong()).isEqualTo(1);
        assertThat(dec1.at("/totals/delivered").asLong()).isEqualTo(1);
        assertThat(dec1.at("/undeliveredTotal").asLong()).isZero();

        JsonNode dec2 = get("?from=2025-12-02&to=2025-12-02");
        assertThat(dec2.at("/totals/messages").asLong()).isEqualTo(1);
        assertThat(dec2.at("/totals/failed").asLong()).isEqualTo(1);
        assertThat(dec2.at("/undelivered/0/orderId").asText()).isEqualTo(o + "-b");

        JsonNode both = get("?from=2025-12-01&to=2025-12-02");
        assertThat(both.get("daily")).isEqualTo(JSON.readTree("""
                [{"date": "2025-12-01", "messages": 1, "delivered": 1, "failed": 0},
                 {"date": "2025-12-02", "messages": 1, "delivered": 0, "failed": 1}]"""));
    }

    @Test
    void anEmptyRangeHasZerosNullRatesEmptyListsAndStillOneEntryPerDay() throws Exception {
        JsonNode report = get("?from=2025-06-01&to=2025-06-03");

        assertThat(report).isEqualTo(JSON.readTree("""
                {"range": {"from": "2025-06-01", "to": "2025-06-03", "timeZone": "Asia/Jakarta",
                           "start": "2025-05-31T17:00:00Z", "end": "2025-06-03T17:00:00Z"},
                 "totals": {"messages": 0, "delivered": 0, "read": 0, "failed": 0, "pending": 0,
                            "deliveredRate": null, "readRate": null, "failedRate": null},
                 "byKind": [], "byChannel": [],
                 "fallback": {"email": 0, "adminAlert": 0},
                 "readyToDelivered": {"count": 0, "p50Ms": null, "p95Ms": null, "maxMs": null},
                 "daily": [
                   {"date": "2025-06-01", "messages": 0, "delivered": 0, "failed": 0},
                   {"date": "2025-06-02", "messages": 0, "delivered": 0, "failed": 0},
                   {"date": "2025-06-03", "messages": 0, "delivered": 0, "failed": 0}],
                 "undelivered": [], "undeliveredTotal": 0}
                """));
    }

    @Test
    void undeliveredListsTheTwentyNewestBesideTheTotal() throws Exception {
        String o = "UND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant first = Instant.parse("2025-07-01T01:00:00Z");
        for (int i = 0; i < 21; i++) {
            Instant at = first.plusSeconds(60L * i);
            insert(o + "-" + i, "PROGRESS", "cloud", "FAILED", at.toString(), at.toString(), null,
                    at.plusSeconds(5).toString(), "RETRIES_EXHAUSTED:503", null);
        }

        JsonNode report = get("?from=2025-07-01&to=2025-07-01");

        assertThat(report.at("/undeliveredTotal").asLong()).isEqualTo(21);
        assertThat(report.get("undelivered")).hasSize(20);
        assertThat(report.at("/undelivered/0/orderId").asText()).isEqualTo(o + "-20");
        assertThat(report.at("/undelivered/0/at").asText()).isEqualTo("2025-07-01T01:20:05Z");
        assertThat(report.at("/undelivered/19/orderId").asText()).isEqualTo(o + "-1");
        assertThat(report.at("/totals/failedRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void withoutDaysTheReportCoversTheLastSevenStoreDaysUpToToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        JsonNode report = get("");
        // the other tests' messages fall in this range, so only its shape is fixed here
        assertThat(report.at("/range/to").asText()).isEqualTo(today.toString());
        assertThat(report.at("/range/from").asText()).isEqualTo(today.minusDays(6).toString());
        assertThat(report.at("/range/timeZone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(report.at("/range/start").asText())
                .isEqualTo(today.minusDays(6).atStartOfDay(zone).toInstant().toString());
        assertThat(report.at("/range/end").asText())
                .isEqualTo(today.plusDays(1).atStartOfDay(zone).toInstant().toString());
        assertThat(report.get("daily")).hasSize(7);
        assertThat(report.at("/daily/6/date").asText()).isEqualTo(today.toString());
        JsonNode onlyTo = get("?to=2026-03-03");
        assertThat(onlyTo.at("/range/from").asText()).isEqualTo("2026-02-25");
    }

    @Test
    void badDaysAnswer400NamingTheField() {
        given().header("X-Api-Key", KEY).get(PATH + "?from=2026-13-01").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("field", equalTo("from"))
                .body("message", equalTo("from must be a date like 2026-12-01"));
        given().header("X-Api-Key", KEY).get(PATH + "?from=2026-12-01&to=yesterday").then().statusCode(400)
                .body("field", equalTo("to")).body("message", equalTo("to must be a date like 2026-12-01"));
        given().header("X-Api-Key", KEY).get(PATH + "?from=2026-12-08&to=2026-12-07").then().statusCode(400)
                .body("code", equalTo("INVALID_RANGE")).body("field", equalTo("from"));
        given().header("X-Api-Key", KEY).get(PATH + "?from=2025-01-01&to=2026-01-02").then().statusCode(400)
                .body("code", equalTo("INVALID_RANGE")).body("field", equalTo("from"))
                .body("message", containsString("366 days"));
        given().header("X-Api-Key", KEY).get(PATH + "?from=2025-01-02&to=2026-01-02").then().statusCode(200)
                .body("daily.size()", equalTo(366));
    }

    @Test
    void withoutAnAdminKeyTheReportAnswers401() {
        given().get(PATH).then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Api-Key", "not-the-key").get(PATH + "?from=2026-12-01").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void theOpenApiDocumentListsTheReportUnderReports() {
        onManagement().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'" + PATH + "'.get.tags", org.hamcrest.Matchers.contains("reports"))
                .body("paths.'" + PATH + "'.get.parameters.name", org.hamcrest.Matchers.hasItems("from", "to"))
                .body("paths.'" + PATH + "'.get.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "401"));
    }

    private static JsonNode get(String query) {
        String body = given().header("X-Api-Key", KEY).get(PATH + query).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    /**
     * One delivery row as the service would have left it (SENT rows without sentAt: the deadline watcher skips them).
     */
    private void insert(String orderId, String kind, String channel, String state, String createdAt,
            String eventOccurredAt, String deliveredAt, String failedAt, String failureCode, String fallback) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into delivery (id, dedupe_key, order_id, event_id, kind, locale, recipient, state,
                  event_occurred_at, created_at, updated_at, delivered_at, read_at, failed_at, failure_code, channel,
                  fallback, fallback_at)
                values (?, ?, ?, ?, ?, 'id', '+6281200000000', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            UUID id = UUID.randomUUID();
            inserted.add(id);
            s.setObject(1, id);
            s.setString(2, orderId + "/" + kind + "/" + UUID.randomUUID());
            s.setString(3, orderId);
            s.setObject(4, UUID.randomUUID());
            s.setString(5, kind);
            s.setString(6, state);
            s.setTimestamp(7, ts(eventOccurredAt));
            s.setTimestamp(8, ts(createdAt));
            s.setTimestamp(9, ts(createdAt));
            s.setTimestamp(10, ts(deliveredAt));
            s.setTimestamp(11, "READ".equals(state) ? ts(deliveredAt) : null);
            s.setTimestamp(12, ts(failedAt));
            s.setString(13, failureCode);
            s.setString(14, channel);
            s.setString(15, fallback);
            s.setTimestamp(16, fallback == null ? null : ts(failedAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
