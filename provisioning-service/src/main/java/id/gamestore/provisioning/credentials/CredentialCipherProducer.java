package id.gamestore.provisioning.credentials;

import id.gamestore.contracts.crypto.CredentialCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * One cipher for the application, built from configuration (fails start-up on a malformed key, naming it): the current
 * key seals and opens, old keys only open.
 */
@ApplicationScoped
public class CredentialCipherProducer {

    @Produces
    @ApplicationScoped
    CredentialCipher cipher(CredentialsConfig config) {
        return CredentialCipher.withOldKeys(config.keyId(), config.key(), config.oldKeys().orElse(null));
    }
}
