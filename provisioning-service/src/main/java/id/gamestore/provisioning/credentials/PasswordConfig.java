package id.gamestore.provisioning.credentials;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Generated panel passwords ({@code DEFAULT_USER_PASSWORD_LENGTH}). */
@ConfigMapping(prefix = "provisioning")
public interface PasswordConfig {
    @WithDefault("16")
    int passwordLength();
}
