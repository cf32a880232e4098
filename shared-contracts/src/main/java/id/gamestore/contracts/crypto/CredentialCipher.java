package id.gamestore.contracts.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens {@link CredentialEnvelope}s with AES-256-GCM (the JDK's provider). The associated data binds an
 * envelope to its context (for example the order id), so an envelope copied into another order does not open.
 * Thread-safe.
 */
public final class CredentialCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;

    /**
     * @param currentKeyId the key id that seals new envelopes
     * @param base64Keys   key id to base64 of a 32-byte key; must contain {@code currentKeyId}; older keys only open
     */
    public CredentialCipher(String currentKeyId, Map<String, String> base64Keys) {
        Objects.requireNonNull(currentKeyId, "currentKeyId");
        Map<String, SecretKeySpec> parsed = new HashMap<>();
        base64Keys.forEach((id, b64) -> parsed.put(id, parseKey(id, b64)));
        if (!parsed.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no key configured for the current key id '" + currentKeyId + "'");
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(parsed);
    }

    public static CredentialCipher single(String keyId, String base64Key) {
        return new CredentialCipher(keyId, Map.of(keyId, base64Key));
    }

    /**
     * The current key plus the keys it replaced, as both services configure them: {@code oldKeys} is the value of
     * {@code CREDENTIALS_OLD_KEYS}, comma-separated {@code keyId:base64Key} pairs (null or blank: none). Old keys only
     * open envelopes sealed before a rotation.
     *
     * @throws IllegalArgumentException naming the variable and the entry (never the key) when the list is malformed
     */
    public static CredentialCipher withOldKeys(String keyId, String base64Key, String oldKeys) {
        Map<String, String> keys = new HashMap<>();
        if (oldKeys != null && !oldKeys.isBlank()) {
            String[] entries = oldKeys.split(",");
            for (int i = 0; i < entries.length; i++) {
                String entry = entries[i].trim();
                int colon = entry.indexOf(':');
                if (colon <= 0 || colon == entry.length() - 1) {
                    throw new IllegalArgumentException("CREDENTIALS_OLD_KEYS: entry " + (i + 1)
                            + " must be keyId:base64Key (comma-separated pairs)");
                }
                String id = entry.substring(0, colon).trim();
                if (id.equals(keyId)) {
                    throw new IllegalArgumentException("CREDENTIALS_OLD_KEYS: entry " + (i + 1) + " repeats the "
                            + "current key id '" + id + "' (CREDENTIALS_KEY_ID); list only the keys it replaced");
                }
                keys.put(id, entry.substring(colon + 1).trim());
            }
        }
        keys.put(keyId, base64Key);
        return new CredentialCipher(keyId, keys);
    }

    /** A fresh random key, base64, for configuration files of tests and local runs. */
    public static String generateKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public CredentialEnvelope seal(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(associatedData));
            byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return new CredentialEnvelope(CredentialEnvelope.ALG, currentKeyId, b64.encodeToString(nonce),
                    b64.encodeToString(ct));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws EnvelopeException when the key id is unknown, the envelope is malformed, or it was tampered with (or
     *                           sealed for other associated data)
     */
    public String open(CredentialEnvelope envelope, String associatedData) {
        if (envelope == null) {
            throw new EnvelopeException("no envelope");
        }
        if (!CredentialEnvelope.ALG.equals(envelope.alg())) {
            throw new EnvelopeException("unsupported algorithm '" + envelope.alg() + "'");
        }
        SecretKeySpec key = keys.get(envelope.keyId());
        if (key == null) {
            throw new EnvelopeException("unknown key id '" + envelope.keyId() + "'");
        }
        byte[] nonce;
        byte[] ct;
        try {
            nonce = Base64.getDecoder().decode(envelope.nonce());
            ct = Base64.getDecoder().decode(envelope.ciphertext());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EnvelopeException("envelope is not valid base64");
        }
        if (nonce.length != NONCE_BYTES) {
            throw new EnvelopeException("nonce must be " + NONCE_BYTES + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(associatedData));
            return new String(cipher.doFinal(ct), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new EnvelopeException("envelope failed authentication (tampered, or sealed for another context)");
        } catch (GeneralSecurityException e) {
            throw new EnvelopeException("envelope cannot be opened: " + e.getClass().getSimpleName());
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    private static byte[] aad(String associatedData) {
        return associatedData == null ? new byte[0] : associatedData.getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec parseKey(String id, String b64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(b64 == null ? "" : b64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credential key '" + id + "' is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(
                    "credential key '" + id + "' must be 32 bytes (AES-256), got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** An envelope that cannot be opened. The message never contains key material or plaintext. */
    public static class EnvelopeException extends RuntimeException {
        public EnvelopeException(String message) {
            super(message);
        }
    }
}
