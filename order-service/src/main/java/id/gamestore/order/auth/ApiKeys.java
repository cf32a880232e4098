package id.gamestore.order.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The configured API keys, kept only as SHA-256 digests and compared in constant time: every configured key is
 * compared with {@link MessageDigest#isEqual}, whatever matched before, so timing tells nothing about the keys.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private record Entry(byte[] digest, String role) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ApiKeys(AuthConfig config) {
        add(config.botKeys(), Roles.BOT);
        add(config.adminKeys(), Roles.ADMIN);
        if (entries.stream().noneMatch(e -> e.role().equals(Roles.BOT))) {
            LOG.warn("no bot API keys configured (ORDER_BOT_API_KEYS): bot endpoints accept admin keys only");
        }
        if (entries.stream().noneMatch(e -> e.role().equals(Roles.ADMIN))) {
            LOG.warn("no admin API keys configured (ORDER_ADMIN_API_KEYS): admin endpoints refuse every request");
        }
    }

    /** @return the strongest role the presented key grants ({@link Roles}), empty for a missing or unknown key */
    public Optional<String> roleOf(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = digest(presentedKey.trim());
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented) && (found == null || entry.role().equals(Roles.ADMIN))) {
                found = entry.role();
            }
        }
        return Optional.ofNullable(found);
    }

    private void add(Optional<String> commaSeparated, String role) {
        commaSeparated.stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .forEach(k -> entries.add(new Entry(digest(k), role)));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
