package id.gamestore.provisioning.report;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The time the reports and the capacity snapshots run on: the system clock, unless a test provides another. */
public class ReportClock {
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
