package id.gamestore.order.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The time the lifecycle runs on: the system clock, injected so that tests can run a whole term in seconds (a test
 * bean replaces this one). Microsecond precision, as the database keeps it.
 */
@ApplicationScoped
public class LifecycleClock {
    private final Clock clock;

    LifecycleClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The system clock unless something else provides one. */
    static class SystemClockProducer {
        @Produces
        @DefaultBean
        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
