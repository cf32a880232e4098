package id.gamestore.order.ids;

/** Crockford base32: digits and upper-case letters without I, L, O, U, so ids read well aloud and on WhatsApp. */
public final class Crockford {
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Crockford() {
    }

    /** The first {@code length} base32 characters of {@code bytes} (5 bits each). */
    public static String encode(byte[] bytes, int length) {
        if (length * 5 > bytes.length * 8) {
            throw new IllegalArgumentException("not enough bytes for " + length + " characters");
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int bit = i * 5;
            int value = 0;
            for (int b = 0; b < 5; b++) {
                int pos = bit + b;
                int set = (bytes[pos / 8] >> (7 - pos % 8)) & 1;
                value = (value << 1) | set;
            }
            out.append(ALPHABET.charAt(value));
        }
        return out.toString();
    }
}
