package id.gamestore.notification.fallback;

import java.io.UncheckedIOException;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.delivery.BodyCipher;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.dispatch.DeliveryDispatcher;
import id.gamestore.notification.delivery.DeliveryFailed;
import id.gamestore.notification.delivery.DeliveryMetrics;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.template.MessageComposer;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MissingValueException;
import id.gamestore.notification.template.RenderedMessage;

/**
 * What happens when a delivery fails for good: a customer message goes by email when the customer has one; when
 * not (or the email fails too, or cannot be made) the store admin gets a WhatsApp alert. The email of a message that
 * carries the panel password never carries it (the address was never verified): it says how to get the login on
 * WhatsApp instead ({@link MessageComposer#fallbackEmail}). Progress notices and chat replies need no fallback; a
 * failed admin alert or admin lifecycle notice ends the chain (logged as an error and counted in
 * {@code notification_unrecoverable_total}).
 */
@ApplicationScoped
public class FallbackPolicy {
    private static final Logger LOG = Logger.getLogger(FallbackPolicy.class);

    private final DeliveryOutbox outbox;
    private final BodyCipher bodies;
    private final MessageComposer composer;
    private final StoreConfig store;
    private final DeliveryMetrics metrics;
    private final DeliveryDispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;

    public FallbackPolicy(DeliveryOutbox outbox, BodyCipher bodies, MessageComposer composer, StoreConfig store,
            DeliveryMetrics metrics, DeliveryDispatcher dispatcher, TransactionSynchronizationRegistry transactions) {
        this.outbox = outbox;
        this.bodies = bodies;
        this.composer = composer;
        this.store = store;
        this.metrics = metrics;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
    }

    void onFailed(@Observes DeliveryFailed event) {
        Delivery d = event.delivery();
        try {
            fallBack(d);
        } catch (MissingValueException e) {
            LOG.errorf("no fallback for delivery %s of order %s: %s", d.id, d.orderId, e.getMessage());
        }
    }

    private void fallBack(Delivery d) {
        if (d.kind.toAdmin() || d.kind == MessageKind.PROGRESS || d.kind == MessageKind.CHAT_REPLY) {
            return;
        }
        if (d.kind == MessageKind.FALLBACK_EMAIL) {
            Delivery source = d.sourceDeliveryId == null ? d : Delivery.findById(d.sourceDeliveryId);
            alert(d, "UNDELIVERED", (source == null ? d : source).kind + " not delivered on WhatsApp ("
                    + (source == null ? "?" : source.failureCode) + ") nor by email (" + d.failureCode + ")");
            return;
        }
        if (d.bodyEnvelope == null) {
            alert(d, "UNRENDERABLE", d.kind + ": " + d.failureCode);
        } else if (d.customerEmail != null && !d.customerEmail.isBlank()) {
            try {
                email(d);
            } catch (MissingValueException e) {
                alert(d, "UNDELIVERED", d.kind + " not delivered on WhatsApp (" + d.failureCode
                        + "); no email either: " + e.getMessage());
            } catch (CredentialCipher.EnvelopeException | UncheckedIOException e) {
                alert(d, "UNRENDERABLE", d.kind + ": stored body unreadable (" + d.failureCode + ")");
            }
        } else {
            alert(d, "UNDELIVERED", d.kind + " not delivered on WhatsApp (" + d.failureCode
                    + "); the customer has no email");
        }
    }

    private void email(Delivery d) {
        RenderedMessage original = bodies.open(d.id, d.bodyEnvelope);
        RenderedMessage mail = composer.fallbackEmail(d.kind, d.orderId, d.locale, original);
        outbox.enqueue(new NewDelivery(d.orderId + "/fallback-email/" + d.id, d.orderId, d.correlationId, d.eventId,
                MessageKind.FALLBACK_EMAIL, d.locale, d.customerEmail, null, d.eventOccurredAt, d.id), mail,
                Instant.now());
        mark(d, "email");
    }

    private void alert(Delivery d, String alertType, String detail) {
        String admin = store.adminPhone().map(Phones::e164).orElse("");
        if (admin.isEmpty()) {
            LOG.errorf("delivery %s for order %s failed and ADMIN_PHONE is not set: nobody can be alerted", d.id,
                    d.orderId);
            return;
        }
        String customerPhone = d.kind == MessageKind.FALLBACK_EMAIL ? sourcePhone(d) : d.recipient;
        RenderedMessage alert = composer.adminAlert(alertType, d.orderId, customerPhone, detail);
        outbox.enqueue(new NewDelivery(d.orderId + "/admin-alert/" + d.id, d.orderId, d.correlationId, d.eventId,
                MessageKind.ADMIN_ALERT, "id", admin, null, d.eventOccurredAt, d.id), alert, Instant.now());
        mark(d, "admin-alert");
    }

    private void mark(Delivery d, String fallback) {
        d.fallback = fallback;
        d.fallbackAt = Instant.now();
        metrics.fallback(fallback);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }

    private static String sourcePhone(Delivery d) {
        Delivery source = d.sourceDeliveryId == null ? null : Delivery.findById(d.sourceDeliveryId);
        return source == null ? "-" : source.recipient;
    }
}
