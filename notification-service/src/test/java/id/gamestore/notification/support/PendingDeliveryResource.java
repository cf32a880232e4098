package id.gamestore.notification.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.notification.template.RenderedMessage;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays the process that stopped: before the application starts, leaves in its database a server-ready delivery
 * that failed twice and waits for its next try, as the previous process would have. The try is due a few seconds
 * after the application starts: due at once, it went out before the test had pointed the sandbox's receipt webhooks
 * at this application, its receipts were lost and the test failed now and then.
 */
public class PendingDeliveryResource implements QuarkusTestResourceLifecycleManager {
    /** From this resource's start: longer than the application's start-up, shorter than the test's wait (15 s). */
    static final java.time.Duration RETRY_DUE_IN = java.time.Duration.ofSeconds(10);
    public static final String PHONE = "restart.phone";
    public static final String ORDER = "restart.order";
    public static final String PASSWORD = "restart.password";
    /** The test profile's database, or the one a run overrides with {@code -D%test.quarkus.datasource.jdbc.url}. */
    private static final String URL = System.getProperty("%test.quarkus.datasource.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/notifications_test");

    @Override
    public Map<String, String> start() {
        Flyway flyway = Flyway.configure().dataSource(URL, "ptero", "ptero").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        String phone = TestEvents.phone();
        String orderId = TestEvents.orderId();
        String password = TestEvents.password();
        UUID id = UUID.randomUUID();
        List<String> params = List.of(orderId, "Minecraft 4GB", "3", "https://panel.example.test", "budi", password,
                "abcd1234", "mc-restart", "10.0.0.9", "25565", "4096", "200", "20480", TestEvents.ADMIN_DIGITS);
        String body = seal(id, new RenderedMessage(null, "Server siap " + orderId, params));
        Instant now = Instant.now();
        try (Connection c = DriverManager.getConnection(URL, "ptero", "ptero")) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into delivery (id, dedupe_key, order_id, correlation_id, event_id, kind, locale, recipient,
                      state, body_envelope, attempts, next_attempt_at, event_occurred_at, created_at, updated_at, channel)
                    values (?, ?, ?, ?, ?, 'SERVER_READY', 'id', ?, 'PENDING', ?, 2, ?, ?, ?, ?, 'cloud')""")) {
                s.setObject(1, id);
                s.setString(2, orderId + "/server-ready");
                s.setString(3, orderId);
                s.setString(4, "corr-" + orderId);
                s.setObject(5, UUID.randomUUID());
                s.setString(6, phone);
                s.setString(7, body);
                s.setTimestamp(8, Timestamp.from(now.plus(RETRY_DUE_IN)));
                s.setTimestamp(9, Timestamp.from(now.minusSeconds(5)));
                s.setTimestamp(10, Timestamp.from(now.minusSeconds(4)));
                s.setTimestamp(11, Timestamp.from(now.minusSeconds(2)));
                s.executeUpdate();
            }
            for (int n = 1; n <= 2; n++) {
                try (PreparedStatement s = c.prepareStatement("""
                        insert into delivery_attempt (delivery_id, attempt_no, channel, mode, outcome, provider_code,
                          started_at, duration_ms) values (?, ?, 'cloud', 'template', 'RETRYABLE', '131000', ?, 12)""")) {
                    s.setObject(1, id);
                    s.setInt(2, n);
                    s.setTimestamp(3, Timestamp.from(now.minusSeconds(4 - n)));
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty(PHONE, phone);
        System.setProperty(ORDER, orderId);
        System.setProperty(PASSWORD, password);
        return Map.of();
    }

    private static String seal(UUID id, RenderedMessage message) {
        try {
            ObjectMapper json = new ObjectMapper();
            return json.writeValueAsString(TestEvents.CIPHER.seal(json.writeValueAsString(message), "delivery:" + id));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
    }
}
