package id.gamestore.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.LeakScan;
import id.gamestore.notification.support.PendingDeliveryResource;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service stopped while a delivery waited for its retry (two failed attempts, next try due): the new process
 * finds the row in the database and sends it, once.
 */
@QuarkusTest
@TestProfile(RestartRecoveryTest.RestartProfile.class)
@Order(30)
class RestartRecoveryTest extends SandboxTest {

    public static class RestartProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PendingDeliveryResource.class));
        }
    }

    @Test
    void aDeliveryWaitingForRetryIsSentAfterTheRestart() throws Exception {
        String phone = System.getProperty(PendingDeliveryResource.PHONE);
        String orderId = System.getProperty(PendingDeliveryResource.ORDER);

        List<SentMessage> messages = awaitMessages(phone, 1);
        assertThat(messages.get(0).templateParams()).contains(orderId,
                System.getProperty(PendingDeliveryResource.PASSWORD));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.state(orderId, MessageKind.SERVER_READY) == DeliveryState.READ);
        Delivery d = Deliveries.one(orderId, MessageKind.SERVER_READY);
        assertThat(Deliveries.attempts(d)).extracting(a -> a.outcome)
                .containsExactly("RETRYABLE", "RETRYABLE", "ACCEPTED");
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
        System.out.println("lost=0 duplicated=0 orphaned=0 recovered=1");
        LeakScan.assertLogClean();
    }
}
