package id.gamestore.order.chat;

import java.util.List;

/**
 * One chat command. Every {@code @ApplicationScoped} bean implementing this is a command: the chat endpoint finds it
 * by the word the sender typed ({@link #words()}), refuses it to non-admins when {@link #adminOnly()} (answering
 * exactly as for an unknown word), and sends {@link #run} the parsed message.
 */
public interface ChatCommand {
    /** The canonical name, reported as {@code command} in the endpoint's answer, e.g. {@code server-status}. */
    String name();

    /**
     * Every word that invokes it, lower case, without the {@code !} or {@code /}; the canonical name included. By
     * default only the name.
     */
    default List<String> words() {
        return List.of(name());
    }

    /** Whether only senders listed in {@code ADMIN_PHONES} may use it; by default not. */
    default boolean adminOnly() {
        return false;
    }

    /**
     * Runs the command for one message. Refusals the sender can act on (an unknown order, a wrong state) are ordinary
     * answers with a text that says what to type instead, never exceptions.
     */
    ChatAnswer run(ChatCall call);
}
