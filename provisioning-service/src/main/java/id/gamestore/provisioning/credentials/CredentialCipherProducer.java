package id.gamestore.provisioning.credentials;

import id.gamestore.contracts.crypto.CredentialCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One cipher for the application, built from configuration (fails start-up on a malformed key). */
@ApplicationScoped
public class CredentialCipherProducer {

    @Produces
    @ApplicationScoped
    CredentialCipher cipher(CredentialsConfig config) {
        return CredentialCipher.single(config.keyId(), config.key());
    }
}
