package id.gamestore.notification.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.gamestore.notification.recipient.Phones;
import id.gamestore.notification.delivery.Delivery;

/** A delivery as the admin API shows it: never the body. The recipient is shown in full (the admin needs it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(UUID id, String orderId, String kind, String locale, String recipient, String state,
        String channel, String providerMessageId, int attempts, Instant nextAttemptAt, Instant eventOccurredAt,
        Instant createdAt, Instant sentAt, Instant deliveredAt, Instant readAt, Instant failedAt, String failureCode,
        String fallback, Instant fallbackAt, UUID sourceDeliveryId, String requestId, boolean bodyStored,
        Instant bodyPurgedAt, List<AttemptView> attemptLog) {

    static DeliveryView of(Delivery d, List<AttemptView> attempts) {
        String recipient = d.recipient != null && d.recipient.contains("@") ? d.recipient : Phones.e164(d.recipient);
        return new DeliveryView(d.id, d.orderId, d.kind.name(), d.locale, recipient, d.state.name(), d.channel,
                d.providerMessageId, d.attempts, d.nextAttemptAt, d.eventOccurredAt, d.createdAt, d.sentAt,
                d.deliveredAt, d.readAt, d.failedAt, d.failureCode, d.fallback, d.fallbackAt, d.sourceDeliveryId,
                d.requestId, d.bodyEnvelope != null, d.bodyPurgedAt, attempts);
    }
}
