package id.gamestore.order.chat;

import java.util.List;
import java.util.Map;

/**
 * What a command answers: the texts to send back to the sender, in order, and the same facts as data for bots that
 * render their own messages. Replies always go to the sender; a command cannot address anyone else.
 *
 * @param command the canonical command name
 * @param texts the reply texts (WhatsApp formatting), usually one
 * @param data the facts as JSON-able values (maps, lists, strings, numbers, booleans)
 */
public record ChatAnswer(String command, List<String> texts, Map<String, Object> data) {
    public ChatAnswer {
        texts = List.copyOf(texts);
        data = data == null ? Map.of() : data;
    }

    public static ChatAnswer of(String command, String text, Map<String, Object> data) {
        return new ChatAnswer(command, List.of(text), data);
    }
}
