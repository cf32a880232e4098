package id.gamestore.order.chat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the chat endpoint answers the bot: whether the text was a command, which one, the replies to send, and the
 * facts as data. Stored per message id and returned as it was for a redelivered message.
 */
@Schema(name = "ChatAnswer", description = "What to send back: handled=false means the text was not a command")
public record ChatResult(
        @Schema(description = "false: not a command, the bot goes on with its own logic") boolean handled,
        @Schema(description = "the command's canonical name; unknown, rate-limited", example = "server-status")
        String command,
        @Schema(description = "the messages to send, in order (none when rate-limited beyond the first warning)")
        List<Reply> replies,
        @Schema(description = "the same facts as JSON, for bots that render their own messages") Map<String, Object> data) {

    public ChatResult {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    /** One WhatsApp message to send. */
    @Schema(name = "ChatReply")
    public record Reply(@Schema(description = "the sender, E.164", example = "+6281234567890") String to,
            @Schema(description = "WhatsApp-formatted text") String text) {
    }

    public static ChatResult notHandled() {
        return new ChatResult(false, null, List.of(), null);
    }

    static ChatResult of(String to, ChatAnswer answer) {
        return new ChatResult(true, answer.command(),
                answer.texts().stream().map(text -> new Reply(to, text)).toList(), answer.data());
    }
}
