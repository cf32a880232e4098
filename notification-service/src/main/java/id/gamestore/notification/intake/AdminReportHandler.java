package id.gamestore.notification.intake;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.AdminReport;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MessageTemplates;

/**
 * The delivery of an {@code admin.report} (order-service gathered the figures and wrote the text; this only sends
 * it): one {@link MessageKind#ADMIN_REPORT} message to {@code ADMIN_PHONE}, the text exactly as received, through the
 * same machinery as the admin's lifecycle notices (the approved template outside the 24-hour window, no fallback to
 * anyone else). Runs inside {@link ProvisioningEventHandler}'s transaction, after the event id was recorded, so a
 * redelivered report sends nothing; the dedupe key {@code <period id>/admin-report} (no event id) also keeps a second
 * report of the same period from reaching the admin, should order-service ever publish one.
 */
@ApplicationScoped
public class AdminReportHandler {
    private static final Logger LOG = Logger.getLogger(AdminReportHandler.class);

    private final DeliveryOutbox outbox;
    private final StoreConfig store;

    public AdminReportHandler(DeliveryOutbox outbox, StoreConfig store) {
        this.outbox = outbox;
        this.store = store;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void handle(AdminReport report) {
        String admin = store.adminPhone().map(Phones::e164).orElse("");
        if (admin.isEmpty()) {
            LOG.errorf("admin report %s and ADMIN_PHONE is not set: the admin cannot be told", report.orderId());
            return;
        }
        NewDelivery spec = new NewDelivery(report.orderId() + "/admin-report", report.orderId(),
                report.correlationId(), report.eventId(), MessageKind.ADMIN_REPORT, language(report), admin, null,
                report.occurredAt(), null);
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            return;
        }
        if (report.text() == null || report.text().isBlank()) {
            LOG.warnf("admin report %s has no text: nothing to send", report.orderId());
            outbox.unrenderable(spec, "MISSING_VALUE:text");
            return;
        }
        outbox.enqueue(spec, MessageTemplates.asIs(MessageKind.ADMIN_REPORT, report.orderId(), report.text()),
                Instant.now());
    }

    private static String language(AdminReport report) {
        String language = report.language();
        return language == null || language.isBlank() ? "id" : language.trim().toLowerCase(Locale.ROOT);
    }
}
