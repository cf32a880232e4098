package id.gamestore.order.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the database's precision (microseconds), so an answer shows what a later read will show. */
public final class Clock {
    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
