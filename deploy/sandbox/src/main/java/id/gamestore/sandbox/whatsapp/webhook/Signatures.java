package id.gamestore.sandbox.whatsapp.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures of webhook bodies: SHA-256 for the Cloud API, SHA-512 for WAHA. */
public final class Signatures {
    private Signatures() {
    }

    public static String hmacHex(String algorithm, String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC " + algorithm + " unavailable", e);
        }
    }

    /** The value of {@code X-Hub-Signature-256}: {@code sha256=<hex>}. */
    public static String cloud(String appSecret, byte[] body) {
        return "sha256=" + hmacHex("HmacSHA256", appSecret, body);
    }
}
