package id.gamestore.notification.credentials;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The AES-256-GCM key shared with provisioning-service. Secrets come only from the environment. */
@ConfigMapping(prefix = "notification.credentials")
public interface CredentialsConfig {
    /** Id of the key that seals new envelopes (and stored message bodies). */
    Optional<String> keyId();

    /** Base64 of the 32-byte key. */
    Optional<String> key();

    /** {@code CREDENTIALS_OLD_KEYS}: older keys that still open envelopes, comma-separated {@code keyId:base64Key}. */
    Optional<String> oldKeys();
}
