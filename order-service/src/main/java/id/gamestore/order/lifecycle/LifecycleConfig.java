package id.gamestore.order.lifecycle;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of a server's term (docs/lifecycle.md). Every duration is ISO-8601 ({@code P7D}, {@code PT2M}). */
@ConfigMapping(prefix = "order.lifecycle")
public interface LifecycleConfig {
    /** Run the schedule at all ({@code LIFECYCLE_ENABLED}); terms are recorded either way. */
    @WithDefault("true")
    boolean enabled();

    /** The store's time zone: calendar months and the digest's day are counted there ({@code STORE_TIME_ZONE}). */
    @WithDefault("Asia/Jakarta")
    ZoneId storeTimeZone();

    /** How long before the expiry the customer is reminded, each once ({@code LIFECYCLE_REMINDERS}). */
    @WithDefault("P7D,P3D,P1D")
    List<Duration> reminders();

    /** How long an expired server keeps running before it is suspended ({@code LIFECYCLE_GRACE}). */
    @WithDefault("P1D")
    Duration grace();

    /** How long a server stays suspended before it is deleted ({@code LIFECYCLE_TERMINATE_AFTER}). */
    @WithDefault("P7D")
    Duration terminateAfter();

    /**
     * How long before the deletion the customer gets the last warning ({@code LIFECYCLE_TERMINATION_WARNING}); a
     * warning sent late (the service was down) moves the deletion so that the customer always has this long.
     */
    @WithDefault("P1D")
    Duration terminationWarning();

    /** How often the schedule looks for due orders ({@code LIFECYCLE_POLL}). */
    @WithDefault("30S")
    Duration poll();

    /** How long to wait for provisioning-service's answer to an action before asking again ({@code LIFECYCLE_ACTION_RETRY}). */
    @WithDefault("PT1H")
    Duration actionRetry();

    /** When the admin's daily list of expiring servers is sent, store time ({@code LIFECYCLE_DIGEST_TIME}). */
    @WithDefault("08:00")
    LocalTime digestTime();

    /** The admin's daily list covers this many days ahead ({@code LIFECYCLE_DIGEST_DAYS}). */
    @WithDefault("3")
    int digestDays();
}
