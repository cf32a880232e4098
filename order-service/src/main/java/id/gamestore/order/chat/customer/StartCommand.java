package id.gamestore.order.chat.customer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.servers.Servers;

/** {@code !start <identifier>} on one of the sender's own servers ({@link PowerAction}). */
@ApplicationScoped
public class StartCommand implements ChatCommand {
    private final PowerAction action;

    StartCommand(CustomerServers customerServers, Servers servers, ChatTexts texts) {
        this.action = new PowerAction(customerServers, servers, texts, Servers.Signal.START);
    }

    @Override
    public String name() {
        return action.name();
    }

    @Override
    public List<String> words() {
        return action.words();
    }

    @Override
    public boolean adminOnly() {
        return false;
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        return action.run(call);
    }
}
