package id.gamestore.provisioning.credentials;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Passwords from a cryptographic generator. The alphabet has no WhatsApp markup characters ({@code * _ ~ `}) and no
 * look-alikes, so the password survives the chat message unchanged and can be typed back.
 */
@ApplicationScoped
public class PasswordGenerator {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%+=?";
    private static final int MIN_LENGTH = 8;

    private final SecureRandom random = new SecureRandom();
    private final int length;

    public PasswordGenerator(PasswordConfig config) {
        this.length = Math.max(MIN_LENGTH, config.passwordLength());
    }

    public String generate() {
        return generate(length);
    }

    String generate(int size) {
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
