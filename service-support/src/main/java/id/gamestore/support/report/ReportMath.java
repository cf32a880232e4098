package id.gamestore.support.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The reports' arithmetic: nearest-rank percentiles, rates and named counts, as the reports' contract fixes them. */
public final class ReportMath {
    private ReportMath() {
    }

    /** Durations in milliseconds: how many, p50, p95 and the largest (all null when there are none, shown as null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Durations(long count, Long p50Ms, Long p95Ms, Long maxMs) {
        public static Durations of(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return new Durations(sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
        }
    }

    /** A name and how often it occurred. */
    public record NamedCount(String name, long count) {
    }

    /**
     * The {@code percent}-th percentile by nearest rank of ascending {@code sorted}: the value at 1-based rank
     * ceil(percent / 100 * n); null when there are no values.
     */
    public static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) ((percent * (long) sorted.size() + 99) / 100); // ceil, in integers: 0.95 * 20 is exactly 19
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** {@code part / whole} rounded half-up to 4 decimals; null when {@code whole} is 0. */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code value / divisor} rounded half-up to 2 decimals. */
    public static double round2(long value, long divisor) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Counts by name, the largest first, then by name. */
    public static List<NamedCount> named(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new NamedCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::name))
                .toList();
    }
}
