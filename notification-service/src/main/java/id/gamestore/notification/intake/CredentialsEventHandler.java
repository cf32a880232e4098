package id.gamestore.notification.intake;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.template.MessageComposer;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MissingValueException;

/**
 * The deliveries of a password reset: the new password to the customer, or a notice to the customer and an alert to
 * the admin when the reset failed. Runs inside {@link ProvisioningEventHandler}'s transaction, after the event id was
 * recorded.
 *
 * <p>A customer may reset one order's password many times, so these messages are one per reset request (the
 * request id, which a retried request keeps), not one per order: a replay of the same answer finds its row.
 */
@ApplicationScoped
public class CredentialsEventHandler {
    private static final Logger LOG = Logger.getLogger(CredentialsEventHandler.class);

    private final DeliveryOutbox outbox;
    private final MessageComposer composer;
    private final AdminAlerts alerts;

    public CredentialsEventHandler(DeliveryOutbox outbox, MessageComposer composer, AdminAlerts alerts) {
        this.outbox = outbox;
        this.composer = composer;
        this.alerts = alerts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reset(CredentialsReset e) {
        String requestId = request(e, e.requestId());
        NewDelivery spec = ProvisioningEventHandler.toCustomer(e, e.customer(), "/password-reset/" + requestId,
                MessageKind.PASSWORD_RESET, requestId);
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            // the same request answered again under a new event id: its message is already owed or sent
            LOG.infof("reset request %s already answered, skipped", requestId);
            return;
        }
        if (spec.recipient().isEmpty()) {
            outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
            return;
        }
        try {
            outbox.enqueue(spec, composer.passwordReset(e), Instant.now());
            int stale = outbox.supersedeStaleLogins(spec.recipient(), e.occurredAt());
            if (stale > 0) {
                LOG.infof("reset request %s: %d unsent login message(s) of the customer superseded", requestId,
                        stale);
            }
        } catch (MissingValueException ex) {
            // the exception names the missing field only, never a value
            LOG.warnf("reset request %s: message cannot be rendered: %s", requestId, ex.getMessage());
            outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
        } catch (CredentialCipher.EnvelopeException ex) {
            // EnvelopeException messages never carry key material or plaintext (see CredentialCipher)
            LOG.warnf("reset request %s: sealed credential unreadable (%s)", requestId, ex.getMessage());
            outbox.unrenderable(spec, "CREDENTIAL_UNREADABLE");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void failed(CredentialsResetFailed e) {
        String requestId = request(e, e.requestId());
        NewDelivery spec = ProvisioningEventHandler.toCustomer(e, e.customer(), "/password-reset-failed/" + requestId,
                MessageKind.PASSWORD_RESET_FAILED, requestId);
        if (outbox.find(spec.dedupeKey()).isEmpty()) {
            if (spec.recipient().isEmpty()) {
                outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
            } else {
                try {
                    outbox.enqueue(spec, composer.passwordResetFailed(e), Instant.now());
                } catch (MissingValueException ex) {
                    LOG.warnf("reset request %s: failure notice cannot be rendered: %s", requestId, ex.getMessage());
                    outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
                }
            }
        }
        alerts.raise(e, e.orderId() + "/admin-alert/password-reset-failed/" + requestId, "PASSWORD_RESET_FAILED",
                spec.recipient(), e.reason() + " (request " + requestId + "): " + e.adminDetail(), requestId);
    }

    /** The schema requires a request id; should one be missing, the event itself is the request. */
    private static String request(DomainEvent e, String requestId) {
        return requestId == null || requestId.isBlank() ? e.eventId().toString() : requestId;
    }
}
