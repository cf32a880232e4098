package id.gamestore.support.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.gamestore.support.report.ReportMath.Durations;
import id.gamestore.support.report.ReportMath.NamedCount;
import id.gamestore.support.rest.ApiException;

/** The reports' arithmetic and ranges, as every service's report uses them: nearest-rank percentiles, rates, store days. */
class ReportMathTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void percentilesOfNoValueAreNull() {
        assertThat(Durations.of(List.of())).isEqualTo(new Durations(0, null, null, null));
    }

    @Test
    void percentilesOfOneValueAreThatValue() {
        assertThat(Durations.of(List.of(700L))).isEqualTo(new Durations(1, 700L, 700L, 700L));
    }

    @Test
    void percentilesOfTwentyValuesAreTheTenthAndNineteenthByRank() {
        List<Long> values = new ArrayList<>();
        for (long v = 10; v <= 200; v += 10) {
            values.add(v);
        }
        Collections.shuffle(values);
        // rank ceil(0.5 * 20) = 10 -> 100; rank ceil(0.95 * 20) = 19 -> 190
        assertThat(Durations.of(values)).isEqualTo(new Durations(20, 100L, 190L, 200L));
    }

    @Test
    void percentilesOfFiveValuesRoundTheRankUp() {
        // rank ceil(2.5) = 3 -> 150; rank ceil(4.75) = 5 -> 300
        assertThat(Durations.of(List.of(300L, 100L, 200L, 150L, 120L))).isEqualTo(new Durations(5, 150L, 300L, 300L));
    }

    @Test
    void ratesAreRoundedHalfUpToFourDecimalsAndNullWithoutADenominator() {
        assertThat(ReportMath.rate(7, 9)).isEqualTo(0.7778);
        assertThat(ReportMath.rate(2, 3)).isEqualTo(0.6667);
        assertThat(ReportMath.rate(1, 20000)).isEqualTo(0.0001);
        assertThat(ReportMath.rate(1, 1)).isEqualTo(1.0);
        assertThat(ReportMath.rate(0, 4)).isEqualTo(0.0);
        assertThat(ReportMath.rate(0, 0)).isNull();
        assertThat(ReportMath.round2(6144, 14)).isEqualTo(438.86);
    }

    @Test
    void namedCountsAreSortedByCountThenName() {
        assertThat(ReportMath.named(Map.of("PLACE", 1L, "CREATE_SERVER", 1L, "WAIT_INSTALL", 3L))).containsExactly(
                new NamedCount("WAIT_INSTALL", 3), new NamedCount("CREATE_SERVER", 1), new NamedCount("PLACE", 1));
    }

    @Test
    void aRangeRunsFromMidnightToMidnightInTheStoreTimeZone() {
        ReportRange r = ReportRange.parse("2026-12-01", "2026-12-07", JAKARTA, LocalDate.of(2026, 12, 20));
        assertThat(r.start()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(r.end()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
        assertThat(r.timeZone()).isEqualTo("Asia/Jakarta");
        assertThat(r.days()).hasSize(7);
        assertThat(r.dayOf(Instant.parse("2026-12-01T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(r.dayOf(Instant.parse("2026-12-01T17:01:00Z"))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theDefaultRangeIsTheLastSevenDaysEndingToday() {
        ReportRange r = ReportRange.parse(null, " ", JAKARTA, LocalDate.of(2026, 12, 7));
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(ReportRange.parse(null, "2026-03-02", JAKARTA, LocalDate.of(2026, 12, 7)).from())
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void badDatesAreRefusedNamingTheField() {
        assertRefused("2026-13-01", null, "INVALID_DATE", "from", "from must be a date like 2026-12-01");
        assertRefused(null, "yesterday", "INVALID_DATE", "to", "to must be a date like 2026-12-01");
        // ISO's extreme years parse, but the day after the last one does not exist: refused, not a 500
        assertRefused(null, "+999999999-12-31", "INVALID_DATE", "to", "to must be a date like 2026-12-01");
        assertRefused("2026-12-01", "+999999999-12-31", "INVALID_DATE", "to", "to must be a date like 2026-12-01");
        assertRefused("-0001-01-01", "2026-12-01", "INVALID_DATE", "from", "from must be a date like 2026-12-01");
        assertRefused("2026-12-08", "2026-12-07", "INVALID_RANGE", "from",
                "from (2026-12-08) must not be after to (2026-12-07)");
        assertRefused("2025-12-06", "2026-12-07", "INVALID_RANGE", "from",
                "the range from 2025-12-06 to 2026-12-07 covers 367 days; a report covers at most 366 days");
        assertThat(ReportRange.parse("2025-12-07", "2026-12-07", JAKARTA, LocalDate.of(2026, 12, 7)).days())
                .hasSize(366);
    }

    private static void assertRefused(String from, String to, String code, String field, String message) {
        assertThatThrownBy(() -> ReportRange.parse(from, to, JAKARTA, LocalDate.of(2026, 12, 7)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().code()).isEqualTo(code);
                    assertThat(e.error().field()).isEqualTo(field);
                    assertThat(e.error().message()).isEqualTo(message);
                });
    }
}
