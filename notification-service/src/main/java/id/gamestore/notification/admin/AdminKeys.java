package id.gamestore.notification.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured admin keys ({@code ADMIN_API_KEYS}), kept only as SHA-256 digests. A presented key is compared with
 * every one of them by {@link MessageDigest#isEqual} on equal-length digests, so timing says nothing about the keys.
 * None configured: every admin request is refused.
 */
@ApplicationScoped
public class AdminKeys {
    private final List<byte[]> digests;

    public AdminKeys(AdminConfig config) {
        this.digests = config.apiKeys().orElse(List.of()).stream().map(String::trim).filter(k -> !k.isEmpty())
                .map(AdminKeys::digest).toList();
    }

    public boolean isAdminKey(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] given = digest(presented.trim());
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, given);
        }
        return found;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
