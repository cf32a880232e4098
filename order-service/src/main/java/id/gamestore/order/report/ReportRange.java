package id.gamestore.order.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;

/**
 * A report's range: whole store days {@code from}..{@code to}, both inclusive, in the store's time zone; as instants
 * the half-open window [{@code from} 00:00, ({@code to}+1) 00:00) store time (docs/order-service.md, "Reports").
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param timeZone the store's time zone (IANA)
 * @param start {@code from} 00:00 store time
 * @param end the day after {@code to}, 00:00 store time (exclusive)
 */
public record ReportRange(LocalDate from, LocalDate to, String timeZone, Instant start, Instant end) {
    /** The longest range a report covers, in days. */
    public static final int MAX_DAYS = 366;

    public static ReportRange of(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReportRange(from, to, zone.getId(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The range the query parameters ask for: {@code to} defaults to {@code today}, {@code from} to {@code to} minus
     * 6 days. A day that is not {@code yyyy-MM-dd}, {@code from} after {@code to} or more than {@link #MAX_DAYS} days
     * is refused naming the field.
     */
    public static ReportRange parse(String from, String to, ZoneId zone, LocalDate today) {
        LocalDate last = day("to", to, today);
        LocalDate first = day("from", from, last.minusDays(6));
        if (first.isAfter(last)) {
            throw Refused.invalid(ErrorCodes.INVALID_RANGE, "from", "from (" + first + ") must not be after to ("
                    + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw Refused.invalid(ErrorCodes.INVALID_RANGE, "from", "the range from " + first + " to " + last
                    + " is longer than " + MAX_DAYS + " days");
        }
        return of(first, last, zone);
    }

    private static LocalDate day(String field, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refused.invalid(ErrorCodes.INVALID_DATE, field, field + " must be a date like 2026-12-01");
        }
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The store day an instant falls on. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(ZoneId.of(timeZone)).toLocalDate();
    }
}
