package id.gamestore.provisioning.credentials;

import java.lang.reflect.Proxy;

/** A {@link PasswordConfig} for plain unit tests: only the password length is answered. */
final class TestConfigs {
    private TestConfigs() {
    }

    static PasswordConfig passwordLength(int length) {
        return (PasswordConfig) Proxy.newProxyInstance(PasswordConfig.class.getClassLoader(),
                new Class<?>[] { PasswordConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("passwordLength")) {
                        return length;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
