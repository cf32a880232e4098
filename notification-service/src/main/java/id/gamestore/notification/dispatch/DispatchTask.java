package id.gamestore.notification.dispatch;

import java.util.UUID;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.template.MessageKind;

/**
 * A claimed delivery, detached from the transaction that claimed it.
 *
 * @param windowOpen whether the recipient wrote to the business number in the last 24 hours
 */
record DispatchTask(UUID id, String orderId, String correlationId, UUID eventId, MessageKind kind, String locale,
        String recipient, String bodyEnvelope, boolean forceTemplate, boolean windowOpen) {

    static DispatchTask of(Delivery d, boolean windowOpen) {
        return new DispatchTask(d.id, d.orderId, d.correlationId, d.eventId, d.kind, d.locale, d.recipient,
                d.bodyEnvelope, d.forceTemplate, windowOpen);
    }
}
