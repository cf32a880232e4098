package id.gamestore.provisioning.credentials;

import java.lang.reflect.Proxy;

import id.gamestore.provisioning.job.ProvisioningConfig;

/** A {@link ProvisioningConfig} for plain unit tests: only the password length is answered. */
final class TestConfigs {
    private TestConfigs() {
    }

    static ProvisioningConfig passwordLength(int length) {
        return (ProvisioningConfig) Proxy.newProxyInstance(ProvisioningConfig.class.getClassLoader(),
                new Class<?>[] { ProvisioningConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("passwordLength")) {
                        return length;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
