package id.gamestore.notification.chat;

/**
 * The body of {@code POST /api/chat/messages} on order-service.
 *
 * @param from the sender's WhatsApp id (digits)
 */
public record ChatMessage(String messageId, String from, String text, String pushName) {

    /** Never prints the text or the name. */
    @Override
    public String toString() {
        return "ChatMessage[messageId=" + messageId + "]";
    }
}
