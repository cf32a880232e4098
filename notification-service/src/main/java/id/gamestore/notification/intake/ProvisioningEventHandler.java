package id.gamestore.notification.intake;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.AdminReport;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ProvisioningProgress;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryConfig;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.template.MessageComposer;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MissingValueException;
import id.gamestore.notification.template.RenderedMessage;

/**
 * Turns one provisioning, credentials, lifecycle or admin-report event into the deliveries it calls for, in one
 * transaction that first records the event id: a redelivered or replayed event finds its id and does nothing.
 */
@ApplicationScoped
public class ProvisioningEventHandler {
    private static final Logger LOG = Logger.getLogger(ProvisioningEventHandler.class);

    private final DeliveryOutbox outbox;
    private final MessageComposer composer;
    private final DeliveryConfig config;
    private final AdminAlerts alerts;
    private final CredentialsEventHandler credentials;
    private final LifecycleNoticeHandler lifecycle;
    private final AdminReportHandler reports;

    public ProvisioningEventHandler(DeliveryOutbox outbox, MessageComposer composer, DeliveryConfig config,
            AdminAlerts alerts, CredentialsEventHandler credentials, LifecycleNoticeHandler lifecycle,
            AdminReportHandler reports) {
        this.outbox = outbox;
        this.composer = composer;
        this.config = config;
        this.alerts = alerts;
        this.credentials = credentials;
        this.lifecycle = lifecycle;
        this.reports = reports;
    }

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
        } else if (event instanceof CredentialsReset reset) {
            credentials.reset(reset);
        } else if (event instanceof CredentialsResetFailed resetFailed) {
            credentials.failed(resetFailed);
        } else if (event instanceof LifecycleNotice notice) {
            lifecycle.handle(notice);
        } else if (event instanceof AdminReport report) {
            reports.handle(report);
        }
        // any other event (provisioning.started, lifecycle.action-completed / -failed: order-service's business,
        // which tells us through a lifecycle.notice when someone must hear of it) is recorded and sends nothing
        return true;
    }

    private void completed(ProvisioningCompleted e) {
        NewDelivery spec = toCustomer(e, e.customer(), "/server-ready", MessageComposer.serverReadyKind(e));
        outbox.supersedeProgress(e.orderId(), spec.recipient());
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            return;
        }
        if (spec.recipient().isEmpty()) {
            outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
            return;
        }
        try {
            outbox.enqueue(spec, composer.serverReady(e), Instant.now());
            if (spec.kind() == MessageKind.SERVER_READY) {
                int stale = outbox.supersedeStaleLogins(spec.recipient(), e.occurredAt());
                if (stale > 0) {
                    LOG.infof("%d unsent login message(s) of the customer superseded: this order carries the newer login",
                            stale);
                }
            }
        } catch (MissingValueException ex) {
            LOG.warnf("server-ready message cannot be rendered: %s", ex.getMessage());
            outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
        } catch (CredentialCipher.EnvelopeException ex) {
            LOG.warnf("server-ready message cannot be rendered: password envelope unreadable (%s)", ex.getMessage());
            outbox.unrenderable(spec, "CREDENTIAL_UNREADABLE");
        }
    }

    private void failed(ProvisioningFailed e) {
        NewDelivery spec = toCustomer(e, e.customer(), "/failed", MessageKind.FAILURE_NOTICE);
        outbox.supersedeProgress(e.orderId(), spec.recipient());
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
        String detail = e.reason() + " at " + e.failedStep() + ": " + e.adminDetail()
                + (e.compensated() ? " (partial work removed)" : " (partial work NOT fully removed: check the panel)");
        alerts.raise(e, e.orderId() + "/admin-alert/provisioning-failed", "PROVISIONING_FAILED", spec.recipient(),
                detail, null);
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
                outbox.replaceBody(pending, message, e.eventId(), Instant.now().plus(config.progressDelay()));
                pending.progressStep = e.stepIndex();
            }
            return;
        }
        NewDelivery spec = toCustomer(e, e.customer(), "/progress/" + e.eventId(), MessageKind.PROGRESS);
        outbox.enqueue(spec, message, Instant.now().plus(config.progressDelay())).progressStep = e.stepIndex();
    }

    private static NewDelivery toCustomer(DomainEvent e, Customer customer, String suffix, MessageKind kind) {
        return toCustomer(e, customer, suffix, kind, null);
    }

    static NewDelivery toCustomer(DomainEvent e, Customer customer, String suffix, MessageKind kind,
            String requestId) {
        String phone = customer == null ? "" : Phones.e164(customer.phone());
        String email = customer == null ? null : customer.email();
        return new NewDelivery(e.orderId() + suffix, e.orderId(), e.correlationId(), e.eventId(), kind,
                MessageComposer.locale(customer), phone, email, e.occurredAt(), null, requestId);
    }
}
