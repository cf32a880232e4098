package id.gamestore.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.Deliveries;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.RenderedMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A stored body that carries a password must not rest in the database once its message has no future: delivered,
 * failed for good and superseded are covered where those happen (RetryAndFallbackTest, PasswordResetDeliveryTest,
 * DeliveryAdminResourceTest); this covers a body that can no longer be opened (its key was removed, the row was
 * damaged).
 */
@QuarkusTest
@Order(9)
class StoredBodyPurgeTest extends SandboxTest {
    @Inject
    BodyCipher bodies;

    @Test
    void aLoginWhoseStoredBodyCannotBeOpenedFailsAtOnceIsPurgedAndTheAdminIsAlerted() {
        String orderId = TestEvents.orderId();
        String phone = TestEvents.phone();
        String password = TestEvents.password();
        UUID id = UUID.randomUUID();
        RenderedMessage login = new RenderedMessage(null, "Password: " + password, List.of(orderId, password));
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            Delivery d = new Delivery();
            d.id = id;
            d.dedupeKey = orderId + "/server-ready";
            d.orderId = orderId;
            d.correlationId = "corr-" + orderId;
            d.eventId = UUID.randomUUID();
            d.kind = MessageKind.SERVER_READY;
            d.locale = "id";
            d.recipient = phone.substring(1);
            d.customerEmail = "unreadable." + phone.substring(1) + "@example.test";
            d.state = DeliveryState.PENDING;
            // sealed for another delivery: authentication fails, as with a removed key or a damaged row
            d.bodyEnvelope = bodies.seal(UUID.randomUUID(), login);
            d.nextAttemptAt = now;
            d.eventOccurredAt = now;
            d.createdAt = now;
            d.updatedAt = now;
            d.persist();
        });

        await().atMost(Duration.ofSeconds(15))
                .until(() -> Deliveries.state(orderId, MessageKind.SERVER_READY) == DeliveryState.FAILED);
        Delivery failed = Deliveries.one(orderId, MessageKind.SERVER_READY);
        assertThat(failed.failureCode).isEqualTo("REJECTED:BODY_UNREADABLE");
        assertThat(failed.bodyEnvelope).as("the password's body is purged at once, not after BODY_RETENTION").isNull();
        assertThat(failed.bodyPurgedAt).isNotNull();
        assertThat(failed.fallback).isEqualTo("admin-alert");
        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.messagesTo(TestEvents.ADMIN_DIGITS).stream()
                .anyMatch(m -> m.templateParams().contains(orderId) && m.templateParams().contains("UNRENDERABLE")));
        assertThat(sandbox.messagesTo(phone)).isEmpty();
    }
}
