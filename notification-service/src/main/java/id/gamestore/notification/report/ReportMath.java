package id.gamestore.notification.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The reports' arithmetic: rates rounded HALF_UP to 4 decimals, percentiles by nearest rank. */
public final class ReportMath {
    private ReportMath() {
    }

    /** {@code part / whole} rounded HALF_UP to 4 decimals; null when {@code whole} is 0. */
    public static Double rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Count, p50, p95 and max of {@code millis} by nearest rank (sorted ascending, the p-quantile is the value at
     * 1-based rank ceil(p * n)); every figure null when there is none.
     */
    public static Durations durations(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int n = sorted.size();
        if (n == 0) {
            return new Durations(0, null, null, null);
        }
        return new Durations(n, rank(sorted, 50), rank(sorted, 95), sorted.get(n - 1));
    }

    /** The value at 1-based rank ceil(percent / 100 * n), in integers so 0.95 * 20 is exactly 19. */
    private static Long rank(List<Long> sorted, int percent) {
        int n = sorted.size();
        int rank = (int) ((percent * (long) n + 99) / 100);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** Durations in milliseconds ({@code {"count", "p50Ms", "p95Ms", "maxMs"}}). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Durations(long count, Long p50Ms, Long p95Ms, Long maxMs) {
    }
}
