package id.gamestore.order.chat.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.servers.PowerResult;
import id.gamestore.order.servers.Servers;

/**
 * {@code !restart|!start|!stop <identifier>}: a power signal to one of the sender's own servers through
 * provisioning-service. Someone else's identifier is answered like an unknown one; installing, suspended and
 * unreachable each get a reply that says what to do. One class for the three commands, produced by
 * {@link PowerCommands}.
 */
final class PowerAction implements ChatCommand {
    private final CustomerServers customerServers;
    private final Servers servers;
    private final ChatTexts texts;
    private final Servers.Signal signal;

    PowerAction(CustomerServers customerServers, Servers servers, ChatTexts texts, Servers.Signal signal) {
        this.customerServers = customerServers;
        this.servers = servers;
        this.texts = texts;
        this.signal = signal;
    }

    @Override
    public String name() {
        return signal.wire();
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        if (call.arg(0) == null) {
            List<Order> mine = customerServers.of(call.sender());
            if (mine.isEmpty()) {
                return ServerReplies.noServers(texts, name(), call);
            }
            return reply(call, "which", mine.get(0).serverIdentifier, Map.of("error", "IDENTIFIER_REQUIRED",
                    "servers", mine.stream().map(o -> o.serverIdentifier).toList()));
        }
        Optional<Order> server = customerServers.find(call.sender(), call.arg(0));
        if (server.isEmpty()) {
            return ServerReplies.unknownServer(texts, name(), call);
        }
        String identifier = server.get().serverIdentifier;
        PowerResult result = servers.power(identifier, signal);
        return reply(call, result.name(), identifier, Map.of("identifier", identifier, "signal", signal.wire(),
                "result", result.name()));
    }

    private ChatAnswer reply(ChatCall call, String kind, String identifier, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("signal", signal.wire());
        model.put("identifier", identifier);
        return ChatAnswer.of(name(), texts.render("power", call.locale(), model), data);
    }
}
