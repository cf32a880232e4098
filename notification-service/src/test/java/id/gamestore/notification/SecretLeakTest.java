package id.gamestore.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.LeakScan;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs after the other default-profile tests: every password they sent must be absent from logs and tables. It sends
 * a password reset of its own first, so the scan covers that path even if the reset tests change.
 */
@QuarkusTest
@Order(10)
class SecretLeakTest extends SandboxTest {
    @Inject
    EntityManager em;

    @Test
    void noPlaintextPasswordInTheLogOrTheDatabase() throws Exception {
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        CredentialsReset reset = TestEvents.reset(TestEvents.orderId(), TestEvents.customer(phone, "budi@example.test"),
                TestEvents.requestId(), password);
        TestBroker.publish(reset);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(reset.orderId(), MessageKind.PASSWORD_RESET) == DeliveryState.READ);
        assertThat(awaitMessages(phone, 1).get(0).templateParams()).as("the password did go out").contains(password);

        LeakScan.assertLogClean();
        assertThat(LeakScan.assertDatabaseClean(em)).as("rows scanned").isPositive();
    }
}
