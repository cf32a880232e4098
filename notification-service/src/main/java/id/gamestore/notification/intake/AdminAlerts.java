package id.gamestore.notification.intake;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.DomainEvent;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.template.MessageComposer;
import id.gamestore.notification.template.MessageKind;

/** Queues the WhatsApp alert to the store admin that a failure event calls for (one per dedupe key). */
@ApplicationScoped
public class AdminAlerts {
    private static final Logger LOG = Logger.getLogger(AdminAlerts.class);

    private final DeliveryOutbox outbox;
    private final MessageComposer composer;
    private final StoreConfig store;

    public AdminAlerts(DeliveryOutbox outbox, MessageComposer composer, StoreConfig store) {
        this.outbox = outbox;
        this.composer = composer;
        this.store = store;
    }

    /**
     * @param dedupeKey     unique per alert owed, e.g. {@code <orderId>/admin-alert/provisioning-failed}
     * @param customerPhone shown to the admin; may be empty
     * @param requestId     the reset request the alert is about, else null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(DomainEvent e, String dedupeKey, String alertType, String customerPhone, String detail,
            String requestId) {
        String admin = store.adminPhone().map(Phones::e164).orElse("");
        if (admin.isEmpty()) {
            LOG.errorf("%s and ADMIN_PHONE is not set: the admin cannot be alerted", alertType);
            return;
        }
        outbox.enqueue(new NewDelivery(dedupeKey, e.orderId(), e.correlationId(), e.eventId(),
                MessageKind.ADMIN_ALERT, "id", admin, null, e.occurredAt(), null, requestId),
                composer.adminAlert(alertType, e.orderId(), customerPhone, detail), Instant.now());
    }
}
