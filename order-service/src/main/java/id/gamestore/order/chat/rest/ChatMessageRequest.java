package id.gamestore.order.chat.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One WhatsApp text as the bot received it. */
@Schema(name = "ChatMessage", description = "A WhatsApp text the bot received, forwarded as it came")
public record ChatMessageRequest(
        @Schema(description = "the WhatsApp message id (a redelivery carries the same one); 1-128 printable ASCII "
                + "characters", example = "wamid.HBgMNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA", required = true)
        String messageId,
        @Schema(description = "the sender: a WhatsApp JID or a number with its country code (the same rules as an "
                + "order's phone)", example = "6281234567890@s.whatsapp.net", required = true)
        String from,
        @Schema(description = "what they typed, at most 4096 characters", example = "!server-status ef39bc02",
                required = true)
        String text,
        @Schema(description = "their WhatsApp display name, at most 100 characters (never shown back)",
                example = "Budi")
        String pushName) {
}
