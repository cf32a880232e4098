package id.gamestore.order.chat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Every {@link ChatCommand} bean by the words that invoke it, collected once at start-up. Two commands claiming the
 * same word stop start-up, naming the word and both commands (otherwise which one answers would depend on bean order).
 */
@Startup
@ApplicationScoped
public class ChatCommands {
    private static final Logger LOG = Logger.getLogger(ChatCommands.class);

    private final Map<String, ChatCommand> byWord;

    ChatCommands(Instance<ChatCommand> commands) {
        this.byWord = index(commands);
        LOG.infof("chat commands: %s", byWord.keySet());
    }

    /** The command a word invokes, if any; admin-only ones included (the caller checks who asks). */
    public Optional<ChatCommand> find(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    static Map<String, ChatCommand> index(Iterable<ChatCommand> commands) {
        Map<String, ChatCommand> out = new TreeMap<>();
        for (ChatCommand command : commands) {
            for (String word : command.words()) {
                ChatCommand earlier = out.putIfAbsent(word, command);
                if (earlier != null && !earlier.name().equals(command.name())) {
                    throw new IllegalStateException("chat command word '" + word + "' is claimed by both "
                            + earlier.name() + " and " + command.name() + ": give each word to one command");
                }
            }
        }
        return Map.copyOf(out);
    }
}
