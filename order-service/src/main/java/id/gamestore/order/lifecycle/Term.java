package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a term: where it ends and which reminder is due. Calendar months are counted in the store's
 * time zone, so Jan 31 + 1 month is the last day of February at the same wall-clock time; a trial package counts its
 * {@code trialDuration} per "month".
 */
public final class Term {
    private Term() {
    }

    /** {@code from} plus {@code months} calendar months in {@code zone}, or months trial terms when {@code trial} is set. */
    public static Instant extend(Instant from, int months, String trial, ZoneId zone) {
        if (trial != null) {
            return from.plus(Duration.parse(trial).multipliedBy(months));
        }
        return from.atZone(zone).plusMonths(months).toInstant();
    }

    /** Reminder offsets, earliest first (the longest before the expiry), without duplicates or non-positive ones. */
    public static List<Duration> earliestFirst(List<Duration> reminders) {
        return reminders.stream().filter(d -> !d.isNegative() && !d.isZero()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** How many reminders' times have come at {@code now} (reminders earliest first). */
    public static int passed(List<Duration> reminders, Instant expiresAt, Instant now) {
        int n = 0;
        for (Duration r : reminders) {
            if (!now.isBefore(expiresAt.minus(r))) {
                n++;
            }
        }
        return n;
    }

    /** When the next reminder after the {@code sent} first ones is due, or null when none is left. */
    public static Instant nextReminder(List<Duration> reminders, int sent, Instant expiresAt) {
        return sent < reminders.size() ? expiresAt.minus(reminders.get(sent)) : null;
    }

    /** The deletion time of a server suspended at {@code suspendedAt}: never before the term plus grace is over. */
    public static Instant terminatesAt(Instant suspendedAt, Instant expiresAt, Duration grace, Duration after) {
        Instant base = expiresAt == null ? suspendedAt : latest(suspendedAt, expiresAt.plus(grace));
        return base.plus(after);
    }

    public static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    public static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
