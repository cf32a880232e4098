package id.gamestore.sandbox.whatsapp.store;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Message ids in the shapes the real services use. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** {@code wamid.} followed by base64, like the Cloud API's message ids. */
    public static String wamid(String waId) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        byte[] prefix = ("\u0018\r" + waId + "\u0015\u0002\u0000\u0011\u0018\u0012").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[prefix.length + random.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(random, 0, all, prefix.length, random.length);
        return "wamid." + Base64.getEncoder().encodeToString(all);
    }

    /** WAHA's serialized id: {@code true_<chatId>_<hex>} for messages we sent. */
    public static String wahaId(String chatId, boolean fromMe) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return fromMe + "_" + chatId + "_3EB0" + HexFormat.of().withUpperCase().formatHex(random);
    }

    public static String fbtrace() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
