package id.gamestore.order.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermTest {
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final List<Duration> REMINDERS = Term.earliestFirst(List.of(Duration.ofDays(1), Duration.ofDays(7),
            Duration.ofDays(3), Duration.ofDays(3)));

    static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }

    @Test
    void aMonthFromJanuary31stEndsOnTheLastDayOfFebruaryAtTheSameStoreTime() {
        assertThat(Term.extend(wib("2027-01-31T23:30"), 1, null, JAKARTA)).isEqualTo(wib("2027-02-28T23:30"));
        assertThat(Term.extend(wib("2028-01-31T23:30"), 1, null, JAKARTA)).isEqualTo(wib("2028-02-29T23:30"));
        assertThat(Term.extend(wib("2027-01-31T10:00"), 3, null, JAKARTA)).isEqualTo(wib("2027-04-30T10:00"));
        assertThat(Term.extend(wib("2027-12-15T10:00"), 12, null, JAKARTA)).isEqualTo(wib("2028-12-15T10:00"));
    }

    @Test
    void monthsAreCountedInTheStoreTimeZoneNotInUtc() {
        // 2027-01-31T23:30 WIB is 16:30 UTC on the 31st; in UTC "+1 month" would be Feb 28 16:30 UTC as well, but
        // 2027-02-28T23:30 WIB. Take a time that is already March 1st in WIB but still February 28th in UTC.
        Instant start = wib("2027-01-31T02:00"); // 2027-01-30T19:00Z
        assertThat(Term.extend(start, 1, null, JAKARTA)).isEqualTo(wib("2027-02-28T02:00"));
        assertThat(Term.extend(start, 1, null, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2027-02-28T19:00:00Z"));
    }

    @Test
    void aTrialCountsItsTermPerMonthOrdered() {
        Instant start = Instant.parse("2027-01-31T10:00:00Z");
        assertThat(Term.extend(start, 1, "PT2M", JAKARTA)).isEqualTo(start.plusSeconds(120));
        assertThat(Term.extend(start, 2, "P3D", JAKARTA)).isEqualTo(start.plus(Duration.ofDays(6)));
    }

    @Test
    void remindersAreEarliestFirstWithoutDuplicatesAndOnlyThoseWhoseTimeCameCount() {
        assertThat(REMINDERS).containsExactly(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1));
        Instant expires = Instant.parse("2027-03-10T00:00:00Z");
        assertThat(Term.passed(REMINDERS, expires, expires.minus(Duration.ofDays(8)))).isZero();
        assertThat(Term.passed(REMINDERS, expires, expires.minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(Term.passed(REMINDERS, expires, expires.minus(Duration.ofHours(30)))).isEqualTo(2);
        assertThat(Term.passed(REMINDERS, expires, expires.plusSeconds(1))).isEqualTo(3);
        assertThat(Term.nextReminder(REMINDERS, 1, expires)).isEqualTo(expires.minus(Duration.ofDays(3)));
        assertThat(Term.nextReminder(REMINDERS, 3, expires)).isNull();
    }

    @Test
    void aSuspendedServerIsNeverDeletedBeforeItsTermAndGraceAreOver() {
        Instant expires = Instant.parse("2027-03-10T00:00:00Z");
        Duration grace = Duration.ofDays(1);
        Duration after = Duration.ofDays(7);
        // suspended by the schedule after the grace period
        assertThat(Term.terminatesAt(expires.plus(grace), expires, grace, after)).isEqualTo(expires.plus(Duration.ofDays(8)));
        // suspended by the admin in the middle of the term: counted from the term's end plus grace
        assertThat(Term.terminatesAt(expires.minus(Duration.ofDays(20)), expires, grace, after))
                .isEqualTo(expires.plus(Duration.ofDays(8)));
    }
}
