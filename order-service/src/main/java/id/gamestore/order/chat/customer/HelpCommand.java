package id.gamestore.order.chat.customer;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;

/** {@code !help} / {@code !bantuan}: the customer commands; for an admin, the admin commands after them. */
@ApplicationScoped
public class HelpCommand implements ChatCommand {
    static final List<String> CUSTOMER_COMMANDS = List.of("help", "packages", "orders", "server-status",
            "reset-password", "restart", "start", "stop", "renew", "upgrade");

    private final ChatTexts texts;

    HelpCommand(ChatTexts texts) {
        this.texts = texts;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public List<String> words() {
        return List.of("help", "bantuan");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        String text = texts.render("help", call.locale(), Map.of());
        if (call.admin()) {
            text = text + "\n\n" + texts.render("help-admin", call.locale(), Map.of());
        }
        return ChatAnswer.of(name(), text, Map.of("commands", CUSTOMER_COMMANDS, "admin", call.admin()));
    }
}
