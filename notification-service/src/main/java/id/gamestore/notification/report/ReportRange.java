package id.gamestore.notification.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The days a report covers, both inclusive, in the store's time zone, and the instants they span: [{@code from}
 * 00:00, ({@code to} + 1) 00:00) store time. The same rules in every service (docs/notifications.md, "Reports").
 */
public record ReportRange(LocalDate from, LocalDate to, ZoneId zone) {
    /** The longest range a report answers, in days. */
    public static final int MAX_DAYS = 366;
    /** Days in the default range: today and the 6 before. */
    public static final int DEFAULT_DAYS = 7;

    /** A {@code from} or {@code to} the reports refuse; names the query parameter. */
    public static final class InvalidRange extends RuntimeException {
        private final String field;
        private final String code;

        InvalidRange(String field, String code, String message) {
            super(message, null, false, false);
            this.field = field;
            this.code = code;
        }

        public String field() {
            return field;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The range asked for: {@code to} defaults to {@code today}, {@code from} to {@code to} minus 6 days.
     *
     * @throws InvalidRange when a day is not {@code yyyy-MM-dd}, {@code from} is after {@code to}, or the range is
     *                      longer than {@link #MAX_DAYS}
     */
    public static ReportRange parse(String from, String to, ZoneId zone, LocalDate today) {
        LocalDate last = blank(to) ? today : day("to", to);
        LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
        if (first.isAfter(last)) {
            throw new InvalidRange("from", "INVALID_RANGE", "from (" + first + ") must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidRange("from", "INVALID_RANGE", "the range from " + first + " to " + last
                    + " is longer than " + MAX_DAYS + " days");
        }
        return new ReportRange(first, last, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The store day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** As every report shows it. */
    public View view() {
        return new View(from, to, zone.getId(), start(), end());
    }

    /** The range at the head of every report ({@code end} exclusive). */
    public record View(LocalDate from, LocalDate to, String timeZone, Instant start, Instant end) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRange(field, "INVALID_DATE", field + " must be a date like 2026-12-01");
        }
    }
}
