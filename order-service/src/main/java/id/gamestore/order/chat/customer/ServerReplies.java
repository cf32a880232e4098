package id.gamestore.order.chat.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatTexts;

/** The replies the server commands share: an identifier that is not one of the sender's, and no server at all. */
final class ServerReplies {
    private ServerReplies() {
    }

    /** The same for an identifier that does not exist and one that is someone else's. */
    static ChatAnswer unknownServer(ChatTexts texts, String command, ChatCall call) {
        Map<String, Object> model = new HashMap<>();
        String shown = CustomerServers.identifier(call.arg(0));
        model.put("identifier", shown == null ? "" : shown);
        model.put("kind", "unknown");
        model.put("word", call.word());
        return ChatAnswer.of(command, texts.render("server-unknown", call.locale(), model),
                Map.of("error", "SERVER_NOT_FOUND"));
    }

    /** The sender has no provisioned server (yet). */
    static ChatAnswer noServers(ChatTexts texts, String command, ChatCall call) {
        return ChatAnswer.of(command, texts.render("server-unknown", call.locale(),
                Map.of("kind", "none", "identifier", "", "word", call.word())), Map.of("servers", List.of()));
    }
}
