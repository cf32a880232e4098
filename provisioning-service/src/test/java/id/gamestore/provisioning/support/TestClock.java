package id.gamestore.provisioning.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The reports' clock in tests (it replaces the system clock, a default bean): the system time, or an instant a test
 * sets, standing still there. Tests that set it put it back ({@link #reset()}).
 */
@Singleton
public class TestClock extends Clock {
    private volatile Instant fixed;

    /** Makes the clock read {@code at} until it is set again or reset. */
    public void set(Instant at) {
        fixed = at;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
