package id.gamestore.order.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command out of a text: after trimming, a {@code !} or {@code /}, optional spaces, then a word of letters,
 * digits and hyphens (case-insensitive), then its arguments separated by white space. Anything else is not a command
 * and goes back to the bot unhandled: a lone {@code !}, {@code !!!}, {@code /home/budi}, {@code ! ?}, a word longer
 * than {@value #MAX_WORD} characters.
 */
public final class ChatParsing {
    static final int MAX_WORD = 32;
    private static final Pattern COMMAND = Pattern.compile("[!/]\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}_\\-]*)(?:\\s+(.*))?",
            Pattern.DOTALL);

    private ChatParsing() {
    }

    /** A command as typed: the word lower case, the words after it, and everything after it trimmed. */
    public record Parsed(String word, List<String> args, String argumentText) {
    }

    /** @return the command, or null when the text is not one */
    public static Parsed parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = COMMAND.matcher(text.strip());
        if (!m.matches() || m.group(1).length() > MAX_WORD) {
            return null;
        }
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return new Parsed(m.group(1).toLowerCase(Locale.ROOT), args, rest);
    }
}
