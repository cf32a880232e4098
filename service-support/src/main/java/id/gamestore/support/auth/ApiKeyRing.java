package id.gamestore.support.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Configured API keys by role, kept only as SHA-256 digests and compared in constant time: a presented key is
 * compared with every configured one by {@link MessageDigest#isEqual} on equal-length digests, whatever matched
 * before, so timing tells nothing about the keys. Keys are trimmed; blank ones are ignored. Roles are added strongest
 * first: a key listed under two roles grants the one added first. The keys themselves are never kept or printed.
 */
public final class ApiKeyRing {
    private record Entry(byte[] digest, String role) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds the keys of a role; call strongest role first. */
    public ApiKeyRing role(String role, Collection<String> keys) {
        keys.stream().map(String::trim).filter(k -> !k.isEmpty()).forEach(k -> entries.add(new Entry(digest(k), role)));
        return this;
    }

    /** Whether at least one key grants this role (for start-up warnings). */
    public boolean hasKeysFor(String role) {
        return entries.stream().anyMatch(e -> e.role().equals(role));
    }

    /** @return the strongest role the presented key grants, empty for a missing, blank or unknown key */
    public Optional<String> roleOf(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = digest(presentedKey.trim());
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented) && found == null) {
                found = entry.role();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
