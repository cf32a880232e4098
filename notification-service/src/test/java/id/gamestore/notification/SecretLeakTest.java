package id.gamestore.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.LeakScan;
import id.gamestore.notification.support.SandboxTest;
import io.quarkus.test.junit.QuarkusTest;

/** Runs after the other default-profile tests: every password they sent must be absent from logs and tables. */
@QuarkusTest
@Order(10)
class SecretLeakTest extends SandboxTest {
    @Inject
    EntityManager em;

    @Test
    void noPlaintextPasswordInTheLogOrTheDatabase() throws Exception {
        LeakScan.assertLogClean();
        assertThat(LeakScan.assertDatabaseClean(em)).as("rows scanned").isPositive();
    }
}
