package id.gamestore.provisioning.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A panel server's short identifier: the first 8 characters of its UUID (the panel's {@code uuidShort}), so 8 of
 * {@code 0-9a-f}. Customers type it, so surrounding spaces and upper case are forgiven; nothing else reaches the
 * panel's URL.
 */
public final class ServerIdentifiers {
    /** What a bad identifier is told. */
    public static final String RULE = "must be the server's 8-character identifier (digits and a-f), e.g. ef39bc02";
    private static final Pattern SHORT = Pattern.compile("[0-9a-f]{8}");

    private ServerIdentifiers() {
    }

    /** The identifier in the panel's spelling, or empty when it cannot be one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return SHORT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
