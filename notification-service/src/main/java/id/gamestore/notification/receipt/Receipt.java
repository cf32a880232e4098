package id.gamestore.notification.receipt;

import java.util.UUID;

/**
 * A delivery receipt from a channel's webhook, already verified.
 *
 * @param deliveryId        our id when the channel echoes it ({@code biz_opaque_callback_data}), else null
 * @param providerMessageId the channel's message id
 * @param errorCode         the provider's error code of a {@code FAILED} receipt, else null
 */
public record Receipt(UUID deliveryId, String providerMessageId, Status status, Integer errorCode, String channel) {
    public enum Status {
        SENT, DELIVERED, READ, FAILED
    }
}
