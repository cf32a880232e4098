package id.gamestore.notification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ReportMathTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void ratesAreRoundedHalfUpToFourDecimalsAndNullWithoutADenominator() {
        assertThat(ReportMath.rate(7, 9)).isEqualTo(0.7778);
        assertThat(ReportMath.rate(2, 3)).isEqualTo(0.6667);
        // 0.00005 exactly: HALF_UP gives 0.0001 where HALF_EVEN would give 0.0
        assertThat(ReportMath.rate(1, 20_000)).isEqualTo(0.0001);
        assertThat(ReportMath.rate(5, 5)).isEqualTo(1.0);
        assertThat(ReportMath.rate(0, 4)).isEqualTo(0.0);
        assertThat(ReportMath.rate(0, 0)).isNull();
    }

    @Test
    void percentilesAreByNearestRank() {
        // 1..20: p50 is rank ceil(10) = 10, p95 rank ceil(19) = 19 (not 20: no floating-point drift)
        List<Long> twenty = LongStream.rangeClosed(1, 20).map(i -> i * 100).boxed().toList();
        assertThat(ReportMath.durations(twenty)).isEqualTo(new ReportMath.Durations(20, 1000L, 1900L, 2000L));
        // 1..21: p50 rank ceil(10.5) = 11, p95 rank ceil(19.95) = 20
        List<Long> twentyOne = LongStream.rangeClosed(1, 21).boxed().toList();
        assertThat(ReportMath.durations(twentyOne)).isEqualTo(new ReportMath.Durations(21, 11L, 20L, 21L));
        assertThat(ReportMath.durations(List.of(900L, 5L, 300L)))
                .isEqualTo(new ReportMath.Durations(3, 300L, 900L, 900L));
        assertThat(ReportMath.durations(List.of(42L))).isEqualTo(new ReportMath.Durations(1, 42L, 42L, 42L));
        assertThat(ReportMath.durations(List.of())).isEqualTo(new ReportMath.Durations(0, null, null, null));
    }

    @Test
    void theRangeIsStoreDaysBothInclusive() {
        ReportRange range = ReportRange.parse("2026-12-01", "2026-12-07", JAKARTA, LocalDate.of(2026, 12, 20));
        assertThat(range.start()).hasToString("2026-11-30T17:00:00Z");
        assertThat(range.end()).hasToString("2026-12-07T17:00:00Z");
        assertThat(range.days()).hasSize(7).startsWith(LocalDate.of(2026, 12, 1)).endsWith(LocalDate.of(2026, 12, 7));
        assertThat(range.dayOf(java.time.Instant.parse("2026-12-01T16:59:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(range.dayOf(java.time.Instant.parse("2026-12-01T17:01:00Z"))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void withoutDaysTheRangeIsTheLastSevenDaysUpToToday() {
        ReportRange range = ReportRange.parse(null, " ", JAKARTA, LocalDate.of(2026, 12, 8));
        assertThat(range.from()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(range.to()).isEqualTo(LocalDate.of(2026, 12, 8));
        ReportRange onlyTo = ReportRange.parse(null, "2026-03-03", JAKARTA, LocalDate.of(2026, 12, 8));
        assertThat(onlyTo.from()).isEqualTo(LocalDate.of(2026, 2, 25));
        ReportRange onlyFrom = ReportRange.parse("2026-12-05", null, JAKARTA, LocalDate.of(2026, 12, 8));
        assertThat(onlyFrom.to()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void aRangeOf366DaysIsAnsweredAndOneOf367IsNot() {
        assertThat(ReportRange.parse("2026-01-01", "2027-01-01", JAKARTA, LocalDate.of(2026, 12, 8)).days())
                .hasSize(366);
        try {
            ReportRange.parse("2026-01-01", "2027-01-02", JAKARTA, LocalDate.of(2026, 12, 8));
            throw new AssertionError("367 days were accepted");
        } catch (ReportRange.InvalidRange e) {
            assertThat(e.field()).isEqualTo("from");
            assertThat(e.code()).isEqualTo("INVALID_RANGE");
        }
    }
}
