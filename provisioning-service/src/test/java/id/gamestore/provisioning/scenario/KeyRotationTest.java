package id.gamestore.provisioning.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The credentials key was rotated while a job held a password sealed with the previous key: the job still opens it
 * (the previous key is configured as an old key), creates the user with that very password, and the password leaves
 * sealed with the new key.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.Rotated.class)
@QuarkusTestResource(SandboxResource.class)
class KeyRotationTest extends ScenarioSupport {
    /** The test profile's usual key, now the previous one. */
    static final String OLD_KEY_ID = "test-key";
    static final String OLD_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEW_KEY_ID = "test-key-2";
    static final String NEW_KEY = "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=";

    /** The key changed; the previous one only opens. Jobs are held so the test can hand one an old envelope. */
    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credentials.key-id", NEW_KEY_ID, "credentials.key", NEW_KEY,
                    "credentials.old-keys", OLD_KEY_ID + ":" + OLD_KEY, "provisioning.enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void jobWhosePasswordWasSealedWithThePreviousKeyStillCreatesTheUserWithIt() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        awaitState(order.orderId(), JobState.ON_HOLD, Duration.ofSeconds(10));
        String password = "Sealed-Before-Rotation-7";
        CredentialEnvelope old = CredentialCipher.single(OLD_KEY_ID, OLD_KEY).seal(password, order.orderId());
        storeEnvelope(order.orderId(), EventJson.mapper().writeValueAsString(old));

        given().header("X-Api-Key", "test-admin-key").post("/api/admin/jobs/" + order.orderId() + "/trigger").then()
                .statusCode(200);
        TestBroker.Received terminal = awaitTerminal(order.orderId(), Duration.ofSeconds(30));

        assertThat(terminal.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        ProvisioningCompleted done = EventJson.read(terminal.json(), ProvisioningCompleted.class);
        assertThat(panel.checkPassword(done.panel().username(), password)).isTrue();
        assertThat(done.panel().password().keyId()).isEqualTo(NEW_KEY_ID);
        assertThat(CredentialCipher.single(NEW_KEY_ID, NEW_KEY).open(done.panel().password(), order.orderId()))
                .isEqualTo(password);
    }

    private void storeEnvelope(String orderId, String json) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update provisioning_job set password_envelope = ? where order_id = ?")) {
            ps.setString(1, json);
            ps.setString(2, orderId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
