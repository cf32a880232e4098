package id.gamestore.notification.chat;

/**
 * A text a person sent to the store's number, read from a verified webhook.
 *
 * @param messageId the channel's id of the inbound message (a redelivered webhook carries the same id)
 * @param from      the sender's WhatsApp id (digits)
 * @param pushName  the sender's profile name, may be null
 * @param channel   {@code cloud} or {@code waha}: which webhook it came on
 */
public record InboundText(String messageId, String from, String text, String pushName, String channel) {

    /** Never prints the text: it may carry an order id or a typed password. */
    @Override
    public String toString() {
        return "InboundText[messageId=" + messageId + ", channel=" + channel + "]";
    }
}
