package id.gamestore.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import id.gamestore.notification.template.MessageKind;

/**
 * What to deliver and to whom.
 *
 * @param dedupeKey        unique per message owed ({@code <orderId>/server-ready}...): a replay finds the row
 * @param recipient        E.164 phone, or the email address for {@link MessageKind#FALLBACK_EMAIL}
 * @param sourceDeliveryId the delivery a fallback stands in for, else null
 * @param requestId        the password-reset request the message answers, else null
 */
public record NewDelivery(String dedupeKey, String orderId, String correlationId, UUID eventId, MessageKind kind,
        String locale, String recipient, String customerEmail, Instant eventOccurredAt, UUID sourceDeliveryId,
        String requestId) {

    /** A message owed once per order, not per request. */
    public NewDelivery(String dedupeKey, String orderId, String correlationId, UUID eventId, MessageKind kind,
            String locale, String recipient, String customerEmail, Instant eventOccurredAt, UUID sourceDeliveryId) {
        this(dedupeKey, orderId, correlationId, eventId, kind, locale, recipient, customerEmail, eventOccurredAt,
                sourceDeliveryId, null);
    }
}
