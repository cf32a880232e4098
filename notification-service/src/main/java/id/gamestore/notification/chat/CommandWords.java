package id.gamestore.notification.chat;

import java.util.Locale;

/**
 * Which texts are chat commands: after trimming they start with {@code !} or {@code /} followed by something.
 * order-service decides what the command means; this only decides whether to ask it.
 */
public final class CommandWords {
    /** Longer words are cut when logged. */
    private static final int MAX_WORD = 32;

    private CommandWords() {
    }

    public static boolean isCommand(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.length() > 1 && (t.charAt(0) == '!' || t.charAt(0) == '/');
    }

    /**
     * The command word, lower case, without its prefix ({@code "! Server-Status x"} gives {@code server-status}):
     * letters, digits, {@code -} and {@code _} only, at most 32. The only part of a command's text that is ever
     * logged or stored in clear; {@code ?} when there is no such word, null when the text is not a command.
     */
    public static String word(String text) {
        if (!isCommand(text)) {
            return null;
        }
        String t = text.strip().substring(1).stripLeading();
        int end = 0;
        while (end < t.length() && end < MAX_WORD && isWordChar(t.charAt(end))) {
            end++;
        }
        return end == 0 ? "?" : t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
