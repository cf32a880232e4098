package id.gamestore.order.chat;

import java.time.Instant;
import java.util.List;

/**
 * One chat message, parsed: who sent it and what they typed after the command word.
 *
 * @param messageId the WhatsApp message id (the endpoint answers a repeat of it from its record)
 * @param sender the sender's number in E.164 ({@code +6281234567890}); replies go only here
 * @param pushName the sender's WhatsApp display name as the bot gave it, untrusted, may be null
 * @param admin whether the sender's number is in {@code ADMIN_PHONES}
 * @param locale the reply language, {@code id} or {@code en}
 * @param word the command word as typed, lower case, without the prefix
 * @param args the words after the command word (split on white space)
 * @param argumentText everything after the command word, trimmed (for free text such as a cancel reason)
 * @param at when the endpoint received it
 */
public record ChatCall(String messageId, String sender, String pushName, boolean admin, String locale, String word,
        List<String> args, String argumentText, Instant at) {
    public ChatCall {
        args = List.copyOf(args);
    }

    /** The n-th argument (0-based), or null when there are fewer. */
    public String arg(int n) {
        return n < args.size() ? args.get(n) : null;
    }
}
