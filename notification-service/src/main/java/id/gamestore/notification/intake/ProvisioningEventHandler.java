package id.gamestore.notification.intake;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.notification.common.Phones;
import id.gamestore.notification.common.StoreConfig;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryConfig;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.template.MessageComposer;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MissingValueException;
import id.gamestore.notification.template.RenderedMessage;

/**
 * Turns one provisioning event into the deliveries it calls for, in one transaction that first records the event
 * id: a redelivered or replayed event finds its id and does nothing.
 */
@ApplicationScoped
public class ProvisioningEventHandler {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventHandler.class);

    @Inject
    DeliveryOutbox outbox;
    @Inject
    MessageComposer composer;
    @Inject
    DeliveryConfig config;
    @Inject
    StoreConfig store;

    /** @return true when the event was new and may have created deliveries */
    @Transactional
    public boolean handle(DomainEvent event) {
        outbox.lockOrder(event.orderId());
        if (ProcessedEvent.findById(event.eventId()) != null) {
            LOG.infof("%s already processed, skipped", event.type());
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.eventId();
        processed.eventType = event.type();
        processed.orderId = event.orderId();
        processed.processedAt = Instant.now();
        processed.persist();
        if (event instanceof ProvisioningCompleted completed) {
            completed(completed);
        } else if (event instanceof ProvisioningFailed failed) {
            failed(failed);
        } else if (event instanceof ProvisioningProgress progress) {
            progress(progress);
        }
        return true;
    }

    private void completed(ProvisioningCompleted e) {
        outbox.supersedeProgress(e.orderId());
        NewDelivery spec = toCustomer(e, e.customer(), "/server-ready", MessageComposer.serverReadyKind(e));
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            return;
        }
        if (spec.recipient().isEmpty()) {
            outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
            return;
        }
        try {
            outbox.enqueue(spec, composer.serverReady(e), Instant.now());
        } catch (MissingValueException ex) {
            LOG.warnf("server-ready message cannot be rendered: %s", ex.getMessage());
            outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
        } catch (CredentialCipher.EnvelopeException ex) {
            LOG.warnf("server-ready message cannot be rendered: password envelope unreadable (%s)", ex.getMessage());
            outbox.unrenderable(spec, "CREDENTIAL_UNREADABLE");
        }
    }

    private void failed(ProvisioningFailed e) {
        outbox.supersedeProgress(e.orderId());
        NewDelivery spec = toCustomer(e, e.customer(), "/failed", MessageKind.FAILURE_NOTICE);
        if (outbox.find(spec.dedupeKey()).isEmpty() && spec.recipient().isEmpty()) {
            outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
        } else if (outbox.find(spec.dedupeKey()).isEmpty()) {
            try {
                outbox.enqueue(spec, composer.failed(e), Instant.now());
            } catch (MissingValueException ex) {
                LOG.warnf("failure notice cannot be rendered: %s", ex.getMessage());
                outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
            }
        }
        String admin = store.adminPhone().map(Phones::e164).orElse("");
        if (admin.isEmpty()) {
            LOG.errorf("provisioning failed (%s) and ADMIN_PHONE is not set: the admin cannot be alerted", e.reason());
            return;
        }
        String detail = e.reason() + " at " + e.failedStep() + ": " + e.adminDetail()
                + (e.compensated() ? " (partial work removed)" : " (partial work NOT fully removed: check the panel)");
        RenderedMessage alert = composer.adminAlert("PROVISIONING_FAILED", e.orderId(), spec.recipient(), detail);
        outbox.enqueue(new NewDelivery(e.orderId() + "/admin-alert/provisioning-failed", e.orderId(),
                e.correlationId(), e.eventId(), MessageKind.ADMIN_ALERT, "id", admin, null, e.occurredAt(), null),
                alert, Instant.now());
    }

    private void progress(ProvisioningProgress e) {
        if (outbox.finalMessageExists(e.orderId()) || e.stepIndex() <= outbox.highestProgressStepSent(e.orderId())) {
            return;
        }
        RenderedMessage message;
        try {
            message = composer.progress(e);
        } catch (MissingValueException ex) {
            LOG.warnf("progress notice skipped: %s", ex.getMessage());
            return;
        }
        if (e.customer() == null || Phones.digits(e.customer().phone()).isEmpty()) {
            LOG.warn("progress notice skipped: the event has no customer phone");
            return;
        }
        var untried = outbox.untriedProgress(e.orderId());
        if (!untried.isEmpty()) {
            Delivery pending = untried.get(0);
            if (pending.progressStep == null || e.stepIndex() >= pending.progressStep) {
                outbox.replaceBody(pending, message, e.eventId());
                pending.progressStep = e.stepIndex();
            }
            return;
        }
        NewDelivery spec = toCustomer(e, e.customer(), "/progress/" + e.eventId(), MessageKind.PROGRESS);
        outbox.enqueue(spec, message, Instant.now().plus(config.progressDelay())).progressStep = e.stepIndex();
    }

    private static NewDelivery toCustomer(DomainEvent e, Customer customer, String suffix, MessageKind kind) {
        String phone = customer == null ? "" : Phones.e164(customer.phone());
        String email = customer == null ? null : customer.email();
        return new NewDelivery(e.orderId() + suffix, e.orderId(), e.correlationId(), e.eventId(), kind,
                MessageComposer.locale(customer), phone, email, e.occurredAt(), null);
    }
}
