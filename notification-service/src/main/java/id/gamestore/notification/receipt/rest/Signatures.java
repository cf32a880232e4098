package id.gamestore.notification.receipt.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC checks of webhook bodies, over the exact bytes received, compared in constant time. */
final class Signatures {
    private Signatures() {
    }

    /** {@code X-Hub-Signature-256: sha256=<hex>} keyed with the app secret. */
    static boolean validCloud(String appSecret, byte[] body, String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        return equal(hmac("HmacSHA256", appSecret, body), header.substring("sha256=".length()));
    }

    /** WAHA's {@code X-Webhook-Hmac: <hex>} (SHA-512). */
    static boolean validWaha(String key, byte[] body, String header) {
        return header != null && equal(hmac("HmacSHA512", key, body), header);
    }

    static String hmac(String algorithm, String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }

    private static boolean equal(String expectedHex, String givenHex) {
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                givenHex.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
