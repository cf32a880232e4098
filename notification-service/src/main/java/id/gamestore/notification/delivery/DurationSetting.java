package id.gamestore.notification.delivery;

import java.time.Duration;

/** Reads a duration setting where a bare number means a unit chosen by the setting (minutes, days...). */
public final class DurationSetting {
    private DurationSetting() {
    }

    /**
     * @param value    {@code 5} (in {@code bareUnit}), or an ISO-8601 duration ({@code PT5M}), or {@code 90s},
     *                 {@code 5m}, {@code 2h}, {@code 7d}
     * @param bareUnit the unit of a bare number
     */
    public static Duration parse(String value, java.time.temporal.ChronoUnit bareUnit) {
        String v = value.trim().toLowerCase();
        if (v.matches("\\d+")) {
            return Duration.of(Long.parseLong(v), bareUnit);
        }
        if (v.startsWith("p")) {
            return Duration.parse(v.toUpperCase());
        }
        if (v.matches("\\d+(ms|s|m|h|d)")) {
            long n = Long.parseLong(v.replaceAll("\\D", ""));
            return switch (v.replaceAll("\\d", "")) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        throw new IllegalArgumentException("not a duration: '" + value + "' (use e.g. 5, 90s, 5m, 2h, 7d)");
    }
}
