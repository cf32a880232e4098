package id.gamestore.provisioning.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The relay publishes as soon as the transaction that wrote events commits, not at its next poll: with the poll an
 * hour apart, events still go out at once, in batches of the configured size, in the order they were written.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.HourlyPoll.class)
@QuarkusTestResource(SandboxResource.class)
class OutboxRelayTest {
    private static TestBroker broker;

    @Inject
    Db db;
    @Inject
    OutboxWriter outbox;

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("provisioning.outbox.poll-interval", "1H", "provisioning.outbox.batch-size", "2",
                    "provisioning.workers-autostart", "false");
        }
    }

    @BeforeAll
    static void open() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void close() throws Exception {
        broker.close();
    }

    @Test
    void eventsArePublishedRightAfterTheirTransactionCommitsInBatchesAndInOrder() {
        db.clean();
        String orderId = "ORD-RELAY-" + System.nanoTime();
        List<String> written = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                ProvisioningStarted event = ProvisioningStarted.of(orderId, "corr-relay", "job-relay-" + i,
                        Orders.newCustomer(true), new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1));
                outbox.add(event);
                written.add(event.eventId().toString());
            }
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> db.unsentOutbox() == 0);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> broker.events(orderId, EventTypes.PROVISIONING_STARTED).size() == 5);
        assertThat(broker.events(orderId, EventTypes.PROVISIONING_STARTED))
                .extracting(TestBroker.Received::messageId).containsExactlyElementsOf(written);
    }
}
