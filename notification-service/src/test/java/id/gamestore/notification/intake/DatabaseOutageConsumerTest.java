package id.gamestore.notification.intake;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.support.NotificationDatabaseProxy;
import id.gamestore.support.testing.DatabaseProxyResource;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer's own database goes away (a TCP proxy in front of PostgreSQL is cut) while a provisioning.completed
 * arrives, for longer than the old requeue budget (5 deliveries at 100-200 ms pauses in this class's config).
 */
@QuarkusTest
@QuarkusTestResource(value = NotificationDatabaseProxy.class, restrictToAnnotatedClass = true)
@Order(7)
class DatabaseOutageConsumerTest extends SandboxTest {
    @Inject
    ConversationWindows windows;

    @AfterEach
    void databaseBack() {
        DatabaseProxyResource.proxy().restore();
    }

    @Test
    void aCompletedEventArrivingDuringADatabaseOutageIsHeldAndTheCustomerMessagedOnceWhenItIsBack() {
        String phone = TestEvents.phone();
        sandbox.simulateInbound(phone, "halo, saya sudah bayar");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        ProvisioningCompleted event = completed(TestEvents.orderId(), customer(phone, null), TestEvents.password());
        while (TestBroker.takeDeadLetter() != null) {
            // an earlier class's parked message
        }

        DatabaseProxyResource.proxy().cut();
        TestBroker.publish(event);
        // the old consumer burned its 5 deliveries within the window and parked the event
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(12))
                .until(() -> TestBroker.takeDeadLetter() == null);
        DatabaseProxyResource.proxy().restore();

        awaitMessages(phone, 1);
        assertStaysAt(phone, 1, Duration.ofSeconds(3));
        assertThat(Deliveries.ofOrder(event.orderId())).filteredOn(d -> d.kind == MessageKind.SERVER_READY)
                .hasSize(1);
        assertThat(TestBroker.takeDeadLetter()).isNull();
    }
}
