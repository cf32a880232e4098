package id.gamestore.order.operations;

import id.gamestore.order.operations.client.NotificationAdminApi;
import id.gamestore.order.operations.client.Remote;

/**
 * What became of a resend of a customer's last login message.
 *
 * @param result what happened
 * @param delivery the delivery it is about (null when none was found or notification-service did not answer)
 * @param call the call that decided it, for its outcome and error body
 */
public record LoginResend(Result result, NotificationAdminApi.Delivery delivery, Remote<?> call) {
    public enum Result {
        /** Queued again: notification-service sends it within seconds. */
        RESENT,
        /** The order has no server-ready (or password-reset) message yet. */
        NO_LOGIN_MESSAGE,
        /** The stored message is gone (delivered and purged, or past retention): only a new password helps. */
        BODY_GONE,
        /** It is already waiting to be sent. */
        ALREADY_PENDING,
        /** notification-service refused for another reason, or did not answer, or is not configured. */
        NOT_DONE
    }
}
