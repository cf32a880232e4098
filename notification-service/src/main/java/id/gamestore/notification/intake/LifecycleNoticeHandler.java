package id.gamestore.notification.intake;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.notification.delivery.DeliveryOutbox;
import id.gamestore.notification.delivery.NewDelivery;
import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.recipient.StoreConfig;
import id.gamestore.notification.template.LifecycleMessages;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.MissingValueException;
import id.gamestore.notification.template.RenderedMessage;

/**
 * The deliveries of a {@code lifecycle.notice} (order-service decided that someone must be told; this only renders
 * and delivers): one per recipient in its audience, the customer at {@code customer.phone} in their locale, the admin
 * at {@code ADMIN_PHONE} (like the admin alerts). Runs inside {@link ProvisioningEventHandler}'s transaction, after
 * the event id was recorded; the dedupe keys {@code <orderId>/lifecycle/<kind>/<eventId>} and
 * {@code <orderId>/lifecycle-admin/<kind>/<eventId>} hold even if the same notice were handled again.
 */
@ApplicationScoped
public class LifecycleNoticeHandler {
    private static final Logger LOG = Logger.getLogger(LifecycleNoticeHandler.class);

    private final DeliveryOutbox outbox;
    private final LifecycleMessages messages;
    private final StoreConfig store;

    public LifecycleNoticeHandler(DeliveryOutbox outbox, LifecycleMessages messages, StoreConfig store) {
        this.outbox = outbox;
        this.messages = messages;
        this.store = store;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void handle(LifecycleNotice notice) {
        if (notice.kind() == null || notice.audience() == null) {
            LOG.warn("lifecycle notice without kind or audience: nobody told");
            return;
        }
        for (String audience : new LinkedHashSet<>(notice.audience())) {
            String who = audience == null ? "" : audience.trim().toLowerCase(Locale.ROOT);
            if (LifecycleNotice.CUSTOMER.equals(who)) {
                toCustomer(notice);
            } else if (LifecycleNotice.ADMIN.equals(who)) {
                toAdmin(notice);
            } else {
                LOG.warnf("lifecycle notice %s: unknown audience '%s' ignored", notice.kind(), audience);
            }
        }
    }

    private void toCustomer(LifecycleNotice n) {
        if (LifecycleMessages.ADMIN_ONLY.contains(n.kind())) {
            // an internal failure or the list of every customer's servers is never sent to a customer
            LOG.warnf("lifecycle notice %s is for the admin only: not sent to the customer", n.kind());
            return;
        }
        NewDelivery spec = ProvisioningEventHandler.toCustomer(n, n.customer(),
                "/lifecycle/" + slug(n) + "/" + n.eventId(), MessageKind.LIFECYCLE, null);
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            return;
        }
        if (spec.recipient().isEmpty()) {
            LOG.warnf("lifecycle notice %s: the customer has no phone", n.kind());
            outbox.unrenderable(spec, "MISSING_VALUE:customer.phone");
            return;
        }
        enqueue(spec, n, true);
    }

    private void toAdmin(LifecycleNotice n) {
        String admin = store.adminPhone().map(Phones::e164).orElse("");
        if (admin.isEmpty()) {
            LOG.errorf("lifecycle notice %s for the admin and ADMIN_PHONE is not set: the admin cannot be told",
                    n.kind());
            return;
        }
        NewDelivery spec = new NewDelivery(n.orderId() + "/lifecycle-admin/" + slug(n) + "/" + n.eventId(),
                n.orderId(), n.correlationId(), n.eventId(), MessageKind.LIFECYCLE_ADMIN, messages.adminLocale(),
                admin, null, n.occurredAt(), null);
        if (outbox.find(spec.dedupeKey()).isPresent()) {
            return;
        }
        enqueue(spec, n, false);
    }

    private void enqueue(NewDelivery spec, LifecycleNotice n, boolean customer) {
        RenderedMessage message;
        try {
            message = customer ? messages.toCustomer(n) : messages.toAdmin(n);
        } catch (MissingValueException ex) {
            // the exception names the field or template only, never a value
            LOG.warnf("lifecycle notice %s cannot be rendered: %s", n.kind(), ex.getMessage());
            outbox.unrenderable(spec, "MISSING_VALUE:" + ex.field());
            return;
        }
        outbox.enqueue(spec, message, Instant.now());
    }

    private static String slug(LifecycleNotice n) {
        return n.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
