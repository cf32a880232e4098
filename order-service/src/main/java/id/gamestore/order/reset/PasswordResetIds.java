package id.gamestore.order.reset;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import id.gamestore.order.ids.Crockford;

/** Request ids read like order ids: {@code RST-} and 8 Crockford base32 characters (40 random bits). */
public final class PasswordResetIds {
    public static final String PREFIX = "RST-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("RST-[" + Crockford.ALPHABET + "]{8}");

    private PasswordResetIds() {
    }

    public static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return PREFIX + Crockford.encode(bytes, 8);
    }

    /** Ids may come back typed by hand: accept lower case. */
    public static String canonical(String id) {
        return id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String id) {
        return FORMAT.matcher(id).matches();
    }
}
