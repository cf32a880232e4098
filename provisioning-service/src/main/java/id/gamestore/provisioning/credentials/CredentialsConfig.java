package id.gamestore.provisioning.credentials;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The AES-256-GCM key that seals generated passwords (shared with notification-service), and the keys it replaced,
 * which still open envelopes sealed before a rotation (a job that was mid-way when the key changed).
 */
@ConfigMapping(prefix = "credentials")
public interface CredentialsConfig {
    /** Id of the key that seals new envelopes. */
    String keyId();

    /** Base64 of 32 bytes. */
    String key();

    /** {@code CREDENTIALS_OLD_KEYS}: comma-separated {@code keyId:base64Key} pairs that only open, never seal. */
    Optional<String> oldKeys();
}
