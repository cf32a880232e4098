package id.gamestore.order.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The admin's scheduled report (docs/order-service.md, "Reports"). The store's time zone is the lifecycle's
 * ({@code STORE_TIME_ZONE}).
 */
@ConfigMapping(prefix = "order.report")
public interface ReportConfig {
    /** Send the scheduled reports at all ({@code REPORT_ENABLED}); {@code !report} answers either way. */
    @WithDefault("true")
    boolean enabled();

    /** When the daily report (yesterday) and the weekly one are due, store time ({@code REPORT_TIME}). */
    @WithDefault("08:00")
    LocalTime time();

    /** The day the weekly report (the 7 days before it, Monday..Sunday by default) is due ({@code REPORT_WEEKLY_DAY}). */
    @WithDefault("MONDAY")
    DayOfWeek weeklyDay();

    /**
     * How long after the due time a report waits for provisioning-service and notification-service when they do not
     * answer; then it goes with "not available" for their part ({@code REPORT_WAIT_FOR_PARTS}).
     */
    @WithDefault("PT1H")
    Duration waitForParts();

    /** How often the schedule looks whether a report is due ({@code REPORT_POLL}). */
    @WithDefault("60S")
    Duration poll();

    /** The language of the scheduled report, {@code id} or {@code en} ({@code REPORT_LANGUAGE}). */
    @WithDefault("id")
    String language();
}
