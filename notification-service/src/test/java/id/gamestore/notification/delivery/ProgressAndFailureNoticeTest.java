package id.gamestore.notification.delivery;

import static id.gamestore.notification.support.TestEvents.completed;
import static id.gamestore.notification.support.TestEvents.customer;
import static id.gamestore.notification.support.TestEvents.progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(4)
class ProgressAndFailureNoticeTest extends SandboxTest {
    @Inject
    ConversationWindows windows;

    @Test
    void progressBurstIsCoalescedIntoOneNoticeWithTheLatestStep() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        Customer customer = customer(phone, null);

        TestBroker.publish(progress(orderId, customer, 1, "Akun panel dibuat"));
        TestBroker.publish(progress(orderId, customer, 2, "Node dipilih"));
        TestBroker.publish(progress(orderId, customer, 3, "Server sedang dipasang"));

        SentMessage notice = awaitMessages(phone, 1).get(0);
        assertThat(notice.text()).contains(orderId, "Tahap 3 dari 6: Server sedang dipasang");
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        List<Delivery> deliveries = Deliveries.ofOrder(orderId);
        assertThat(deliveries).hasSize(1);
    }

    @Test
    void theFinalMessageSupersedesAProgressNoticeStillWaiting() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        Customer customer = customer(phone, null);

        TestBroker.publish(progress(orderId, customer, 4, "Menunggu instalasi"));
        TestBroker.publish(completed(orderId, customer, TestEvents.password()));

        assertOnlyTheServerReadyWent(phone, orderId);
    }

    /**
     * A job that keeps moving (a step every 0.3 s for 1.8 s here, the notice waits 1 s) sends no progress notice at
     * all: each newer step pushes the notice back, so the final message is the first one and does not wait for
     * WhatsApp's spacing behind a notice sent a moment before.
     */
    @Test
    void aJobThatKeepsMovingSendsItsServerReadyAlone() throws Exception {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        Customer customer = customer(phone, null);

        for (int step = 1; step <= 6; step++) {
            TestBroker.publish(progress(orderId, customer, step, "Tahap " + step));
            Thread.sleep(300);
        }
        TestBroker.publish(completed(orderId, customer, TestEvents.password()));

        assertOnlyTheServerReadyWent(phone, orderId);
    }

    /** The customer's server-ready goes first: a waiting notice of their other order to the same number is dropped. */
    @Test
    void aServerReadySupersedesTheSameCustomersWaitingNoticeOfAnotherOrder() {
        String phone = openWindow();
        Customer customer = customer(phone, null);
        String slow = TestEvents.orderId();
        String done = TestEvents.orderId();

        TestBroker.publish(progress(slow, customer, 2, "Node dipilih"));
        // events of two orders are consumed independently: the notice must be waiting (here, kept waiting as if
        // for the recipient's spacing) before the other order's result comes
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Deliveries.ofOrder(slow).stream().anyMatch(d -> d.kind == MessageKind.PROGRESS));
        assertThat(Deliveries.postpone(slow, MessageKind.PROGRESS, Instant.now().plusSeconds(4))).isEqualTo(1);
        TestBroker.publish(completed(done, customer, TestEvents.password()));

        SentMessage ready = awaitMessages(phone, 1).get(0);
        assertThat(ready.text()).contains("Server Siap Digunakan", done);
        await().atMost(Duration.ofSeconds(3))
                .until(() -> Deliveries.state(slow, MessageKind.PROGRESS) == DeliveryState.SUPERSEDED);
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
    }

    @Test
    void failureNoticeIsCustomerSafeAndTheAdminGetsTheDetail() {
        String phone = openWindow();
        String orderId = TestEvents.orderId();
        ProvisioningFailed failed = TestEvents.failed(orderId, customer(phone, null));

        TestBroker.publish(failed);

        String text = awaitMessages(phone, 1).get(0).text();
        assertThat(text).contains(orderId, "Minecraft 4GB", failed.customerMessage(), "Langkah selanjutnya",
                "wa.me/" + TestEvents.ADMIN_DIGITS);
        assertThat(text).doesNotContain(failed.adminDetail(), "NO_CAPACITY");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .anyMatch(m -> m.templateParams().contains(orderId)));
        SentMessage alert = sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .filter(m -> m.templateParams().contains(orderId)).findFirst().orElseThrow();
        assertThat(alert.templateParams()).contains("PROVISIONING_FAILED");
        assertThat(String.join(" ", alert.templateParams())).contains(failed.adminDetail(), "NO_CAPACITY", "PLACE");
    }

    /** The server-ready message is the one message the customer got, and the order's notice was dropped. */
    private void assertOnlyTheServerReadyWent(String phone, String orderId) {
        SentMessage ready = awaitMessages(phone, 1).get(0);
        assertThat(ready.text()).contains("Server Siap Digunakan");
        assertStaysAt(phone, 1, Duration.ofSeconds(2));
        assertThat(Deliveries.state(orderId, MessageKind.PROGRESS)).isEqualTo(DeliveryState.SUPERSEDED);
    }

    private String openWindow() {
        String phone = TestEvents.phone();
        sandbox.simulateInbound(phone, "halo");
        await().atMost(Duration.ofSeconds(10)).until(() -> windows.isOpen(phone, Instant.now()));
        return phone;
    }
}
