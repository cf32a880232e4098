package id.gamestore.provisioning.saga;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Panel usernames from a customer's name: lower-case letters and digits, 3 to 20 characters, a random tail of six
 * digits. Many customers share a first name ("budi..."), and every clash with a username the panel already has
 * costs a refused create (one more request of the panel's budget): four digits gave a clash in about one new
 * customer of thirty among a few hundred of the same name, six make it a thousand times rarer.
 */
final class Usernames {
    private static final int MAX_BASE = 14;

    private Usernames() {
    }

    static String from(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String base = ascii.length() < 3 ? "player" : ascii.substring(0, Math.min(MAX_BASE, ascii.length()));
        return base + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    static String withSuffix(String username, int suffix) {
        String base = username.replaceAll("\\d+$", "");
        return (base.length() < 3 ? "player" : base) + suffix;
    }
}
