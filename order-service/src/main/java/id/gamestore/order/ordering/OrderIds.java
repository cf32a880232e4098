package id.gamestore.order.ordering;

import java.security.SecureRandom;

import id.gamestore.order.ids.Crockford;

/** Customer-visible order ids: {@code ORD-} and 8 Crockford base32 characters (40 random bits), e.g. ORD-7KQ2M9XD. */
public final class OrderIds {
    public static final String PREFIX = "ORD-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern FORMAT =
            java.util.regex.Pattern.compile("ORD-[" + Crockford.ALPHABET + "]{8}");

    private OrderIds() {
    }

    public static String next() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return PREFIX + Crockford.encode(bytes, 8);
    }

    /** Ids are read back from WhatsApp: accept lower case. */
    public static String canonical(String id) {
        return id == null ? "" : id.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormed(String id) {
        return FORMAT.matcher(id).matches();
    }
}
