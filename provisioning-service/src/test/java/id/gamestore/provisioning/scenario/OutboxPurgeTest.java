package id.gamestore.provisioning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.outbox.OutboxPurge;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The sealed password does not rest in {@code outbox_event} once the broker confirmed its publish: the row stays (with
 * its metadata and {@code purged_at}) but the envelope's nonce and ciphertext are gone. Real database and broker.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class OutboxPurgeTest extends ScenarioSupport {
    @Inject
    DataSource dataSource;
    @Inject
    OutboxPurge purge;

    @Test
    void sealedPasswordLeavesTheOutboxOnceTheBrokerConfirmedThePublish() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);
        String ciphertext = done.panel().password().ciphertext();
        assertThat(ciphertext).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> rowsContaining(ciphertext) == 0);
        assertThat(rowsContaining(done.panel().password().nonce())).isZero();
        assertThat(rowsContaining("\"ciphertext\"")).as("any sent row still holding an envelope").isZero();

        Row row = row(done.eventId());
        assertThat(row.sent()).isTrue();
        assertThat(row.purged()).isTrue();
        assertThat(row.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        // the rest of the event stays readable for the admin: the order, the server, the key id that sealed it
        ProvisioningCompleted kept = EventJson.read(row.payload(), ProvisioningCompleted.class);
        assertThat(kept.orderId()).isEqualTo(order.orderId());
        assertThat(kept.server()).isEqualTo(done.server());
        assertThat(kept.panel().username()).isEqualTo(done.panel().username());
        assertThat(kept.panel().password().keyId()).isEqualTo(done.panel().password().keyId());
        assertThat(kept.panel().password().ciphertext()).isNull();
    }

    @Test
    void rowsSentBeforeThePurgeExistedAreSweptOnce() throws Exception {
        CredentialEnvelope sent = cipher.seal("old-password-1", "ord-old");
        UUID sentId = insert("credentials.reset", "ord-old", payload(sent));

        assertThat(purge.sweep()).isEqualTo(1);

        assertThat(rowsContaining(sent.ciphertext())).isZero();
        Row swept = row(sentId);
        assertThat(swept.purged()).isTrue();
        assertThat(swept.payload()).contains("\"orderId\":\"ord-old\"").contains(sent.keyId())
                .doesNotContain(sent.nonce());
        assertThat(purge.sweep()).isZero();
    }

    private static String payload(CredentialEnvelope e) {
        return "{\"type\":\"credentials.reset\",\"orderId\":\"" + "x" + "\",\"password\":{\"alg\":\"" + e.alg()
                + "\",\"keyId\":\"" + e.keyId() + "\",\"nonce\":\"" + e.nonce() + "\",\"ciphertext\":\""
                + e.ciphertext() + "\"}}";
    }

    /** A row as an older version left it: sent, envelope still inside. */
    private UUID insert(String type, String orderId, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into outbox_event (event_id, type, order_id, payload, created_at, sent_at) "
                        + "values (?, ?, ?, ?, now(), now())")) {
            ps.setObject(1, id);
            ps.setString(2, type);
            ps.setString(3, orderId);
            ps.setString(4, payload.replace("\"orderId\":\"x\"", "\"orderId\":\"" + orderId + "\""));
            ps.executeUpdate();
        }
        return id;
    }

    private long rowsContaining(String text) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where sent_at is not "
                        + "null and strpos(payload, ?) > 0")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Row row(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select type, payload, sent_at is not null, purged_at is not null from outbox_event where event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("outbox row " + eventId).isTrue();
                return new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4));
            }
        }
    }

    private record Row(String type, String payload, boolean sent, boolean purged) {
    }
}
