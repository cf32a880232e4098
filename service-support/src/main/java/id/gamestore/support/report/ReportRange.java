package id.gamestore.support.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.gamestore.support.rest.ApiException;

/**
 * A report's days, {@code from} and {@code to} both inclusive, in the store's time zone, and the instants they span:
 * [{@code from} 00:00, ({@code to} + 1) 00:00) store time ({@code end} exclusive). The same in every service's
 * report, so a bot or the CLI sends the same {@code from}/{@code to} everywhere and gets the same 400 codes
 * ({@code INVALID_DATE}, {@code INVALID_RANGE}, naming the field).
 */
public record ReportRange(LocalDate from, LocalDate to, String timeZone, Instant start, Instant end) {
    /** The longest range a report covers, in days. */
    public static final int MAX_DAYS = 366;
    /** The days a range covers when {@code from} is not given (with {@code to}: a week). */
    public static final int DEFAULT_DAYS = 7;

    public static ReportRange of(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReportRange(from, to, zone.getId(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The range asked for: {@code to} defaults to today (store time), {@code from} to {@code to} minus 6 days.
     *
     * @throws ApiException 400 naming the field: not a date, {@code from} after {@code to}, more than 366 days
     */
    public static ReportRange parse(String from, String to, ZoneId zone, LocalDate today) {
        LocalDate last = blank(to) ? today : date("to", to);
        LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (first.isAfter(last)) {
            throw ApiException.badRequest("INVALID_RANGE", "from",
                    "from (" + first + ") must not be after to (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw ApiException.badRequest("INVALID_RANGE", "from",
                    "the range from " + first + " to " + last + " covers " + days + " days; a report covers at most "
                            + MAX_DAYS + " days");
        }
        return of(first, last, zone);
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
        return LocalDate.ofInstant(at, zone());
    }

    /** The store's time zone. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A day between the years 1970 and 9999 (ISO allows +999999999-12-31, whose next day does not exist). */
    private static LocalDate date(String field, String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= 1970 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ApiException.badRequest("INVALID_DATE", field, field + " must be a date like 2026-12-01");
    }
}
