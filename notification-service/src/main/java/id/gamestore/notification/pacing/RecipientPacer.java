package id.gamestore.notification.pacing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.notification.recipient.Phones;

/**
 * Keeps messages to one WhatsApp number at least {@code recipientSpacing} apart (Meta's pair rate limit), across
 * every instance and restart: the slot is a row in {@code recipient_pace}, taken by one atomic upsert on the
 * database's clock, so two instances racing for one number never both get it.
 */
@ApplicationScoped
public class RecipientPacer {
    /** Takes the slot (inserts, or moves a slot at least the spacing old) and answers a row only when it did. */
    private static final String TAKE = """
            insert into recipient_pace as p (phone, last_send_at) values (?, statement_timestamp())
            on conflict (phone) do update set last_send_at = excluded.last_send_at
            where p.last_send_at <= excluded.last_send_at - make_interval(secs => ?)
            returning last_send_at""";
    /** Only when the slot was taken: how long until it is free (milliseconds). */
    private static final String WAIT = """
            select ceil(extract(epoch from last_send_at + make_interval(secs => ?) - statement_timestamp()) * 1000)
            from recipient_pace where phone = ?""";
    private static final Duration MIN_WAIT = Duration.ofMillis(50);

    private final PacingConfig config;
    private final DataSource dataSource;

    public RecipientPacer(PacingConfig config, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    /** Takes the recipient's slot now and answers zero, or answers how long to wait for it. */
    public Duration reserve(String phone) {
        String key = Phones.digits(phone);
        double spacing = config.recipientSpacing().toNanos() / 1e9;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement take = c.prepareStatement(TAKE)) {
                take.setString(1, key);
                take.setDouble(2, spacing);
                try (ResultSet taken = take.executeQuery()) {
                    if (taken.next()) {
                        return Duration.ZERO;
                    }
                }
            }
            try (PreparedStatement wait = c.prepareStatement(WAIT)) {
                wait.setDouble(1, spacing);
                wait.setString(2, key);
                try (ResultSet left = wait.executeQuery()) {
                    long ms = left.next() ? left.getLong(1) : 0;
                    Duration d = Duration.ofMillis(ms);
                    return d.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : d;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recipient pacing unavailable: " + e.getSQLState(), e);
        }
    }

    /** Drops slots that ended before {@code olderThan} ago (they no longer hold anyone back). Answers how many. */
    public int purge(Duration olderThan) {
        Duration age = olderThan.compareTo(config.recipientSpacing()) > 0 ? olderThan : config.recipientSpacing();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "delete from recipient_pace where last_send_at < statement_timestamp() - make_interval(secs => ?)")) {
            s.setDouble(1, age.toNanos() / 1e9);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recipient pacing purge failed: " + e.getSQLState(), e);
        }
    }
}
