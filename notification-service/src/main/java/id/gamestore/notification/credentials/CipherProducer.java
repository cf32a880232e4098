package id.gamestore.notification.credentials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import id.gamestore.contracts.crypto.CredentialCipher;

/** Builds the one {@link CredentialCipher} from configuration; start-up fails with a clear message without a key. */
@ApplicationScoped
public class CipherProducer {

    @Produces
    @ApplicationScoped
    CredentialCipher cipher(CredentialsConfig config) {
        String keyId = config.keyId().orElseThrow(
                () -> new IllegalStateException("CREDENTIALS_KEY_ID is not set"));
        String key = config.key().orElseThrow(() -> new IllegalStateException("CREDENTIALS_KEY is not set"));
        return CredentialCipher.withOldKeys(keyId, key, config.oldKeys().orElse(null));
    }
}
