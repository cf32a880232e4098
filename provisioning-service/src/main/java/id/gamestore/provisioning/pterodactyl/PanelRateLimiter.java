package id.gamestore.provisioning.pterodactyl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A token bucket kept in one database row per panel API, shared by every worker of every instance. The refill rate
 * is {@code (limit - burst) / 60 s} and the bucket holds at most {@code burst} tokens, so no 60-second window (the
 * panel's fixed window, wherever it starts) sees more than {@code limit} requests. The database clock is the only
 * clock, so instances with skewed clocks still agree. A 429 from the panel empties the bucket for everybody until
 * its {@code Retry-After} has passed.
 */
@ApplicationScoped
public class PanelRateLimiter {
    static final int BURST = 4;
    private static final String TAKE = """
            update panel_rate_budget
               set tokens = least(?, tokens + extract(epoch from (clock_timestamp() - updated_at)) * ?) - 1,
                   updated_at = clock_timestamp()
             where bucket = ?
               and least(?, tokens + extract(epoch from (clock_timestamp() - updated_at)) * ?) >= 1
            """;
    private static final String PEEK = """
            select least(?, tokens + extract(epoch from (clock_timestamp() - updated_at)) * ?)
              from panel_rate_budget where bucket = ?
            """;
    private static final String SEED = """
            insert into panel_rate_budget (bucket, tokens, updated_at) values (?, ?, clock_timestamp())
            on conflict (bucket) do nothing
            """;
    private static final String DRAIN = """
            update panel_rate_budget set tokens = ?, updated_at = clock_timestamp() where bucket = ?
            """;

    private final DataSource dataSource;
    private final Timer waits;

    public PanelRateLimiter(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.waits = Timer.builder("pterodactyl.ratelimiter.wait").description("Time spent waiting for a panel request slot")
                .register(registry);
    }

    /**
     * Blocks until the bucket grants one request, at most {@code maxWait}.
     *
     * @throws PanelException (transient, status 429) when no slot comes in time
     */
    public void acquire(String bucket, int limitPerMinute, Duration maxWait) {
        long giveUpAt = System.nanoTime() + maxWait.toNanos();
        double burst = Math.min(BURST, Math.max(1, limitPerMinute / 10));
        double perSecond = Math.max(0.01, (limitPerMinute - burst) / 60.0);
        long waitedNanos = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            seed(c, bucket, burst);
            while (!take(c, bucket, burst, perSecond)) {
                double tokens = peek(c, bucket, burst, perSecond);
                long sleepMillis = Math.max(5, (long) Math.ceil((1 - tokens) / perSecond * 1000));
                long start = System.nanoTime();
                if (start + sleepMillis * 1_000_000L > giveUpAt) {
                    throw new PanelException(429, "LocalRateBudget", "no panel request slot within "
                            + maxWait.toMillis() + " ms", null, null, Duration.ofMillis(sleepMillis));
                }
                Thread.sleep(sleepMillis);
                waitedNanos += System.nanoTime() - start;
            }
        } catch (SQLException e) {
            throw PanelException.budgetUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PanelException.unreachable("interrupted while waiting for the rate budget", e);
        }
        if (waitedNanos > 0) {
            waits.record(Duration.ofNanos(waitedNanos));
        }
    }

    /** The panel said 429: nobody sends again before {@code retryAfter} has passed. */
    public void backOff(String bucket, int limitPerMinute, Duration retryAfter) {
        double burst = Math.min(BURST, Math.max(1, limitPerMinute / 10));
        double perSecond = Math.max(0.01, (limitPerMinute - burst) / 60.0);
        double debt = -retryAfter.toMillis() / 1000.0 * perSecond;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(DRAIN)) {
            c.setAutoCommit(true);
            ps.setDouble(1, debt);
            ps.setString(2, bucket);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw PanelException.budgetUnavailable(e);
        }
    }

    private static void seed(Connection c, String bucket, double burst) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SEED)) {
            ps.setString(1, bucket);
            ps.setDouble(2, burst);
            ps.executeUpdate();
        }
    }

    private static boolean take(Connection c, String bucket, double burst, double perSecond) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE)) {
            ps.setDouble(1, burst);
            ps.setDouble(2, perSecond);
            ps.setString(3, bucket);
            ps.setDouble(4, burst);
            ps.setDouble(5, perSecond);
            return ps.executeUpdate() == 1;
        }
    }

    private static double peek(Connection c, String bucket, double burst, double perSecond) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PEEK)) {
            ps.setDouble(1, burst);
            ps.setDouble(2, perSecond);
            ps.setString(3, bucket);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0;
            }
        }
    }
}
