package id.gamestore.provisioning.credentials;

import io.smallrye.config.ConfigMapping;

/** The AES-256-GCM key that seals generated passwords (shared with notification-service). */
@ConfigMapping(prefix = "credentials")
public interface CredentialsConfig {
    String keyId();

    /** Base64 of 32 bytes. */
    String key();
}
