package id.gamestore.provisioning.report;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The admin reports (issue 15): the store's days, the capacity warnings and the hourly capacity snapshots. */
@ConfigMapping(prefix = "provisioning.report")
public interface ReportConfig {
    /** The store's time zone ({@code STORE_TIME_ZONE}): a report's days run from midnight to midnight here. */
    @WithDefault("Asia/Jakarta")
    ZoneId storeTimeZone();

    /** A node expected to be full within this many days is warned about ({@code REPORT_CAPACITY_WARN_DAYS}). */
    @WithDefault("14")
    int capacityWarnDays();

    /** The hourly capacity snapshots. */
    Snapshots snapshots();

    interface Snapshots {
        /** Whether this instance takes them ({@code CAPACITY_SNAPSHOT_ENABLED}); off in tests, which drive them. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the job looks whether this hour's snapshot is taken yet ({@code CAPACITY_SNAPSHOT_CHECK}); the
         * panel is read only when it is not, so a shorter check costs no panel requests, only a query.
         */
        @WithDefault("5M")
        Duration check();

        /** How long snapshots are kept ({@code CAPACITY_SNAPSHOT_RETENTION}); older rows are deleted. */
        @WithDefault("P90D")
        Duration retention();
    }
}
