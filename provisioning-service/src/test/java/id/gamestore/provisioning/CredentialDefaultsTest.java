package id.gamestore.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * This service's {@code application.properties} gives no credential a default outside the {@code dev} and
 * {@code test} profiles: in production a missing broker user, broker password or database password stops start-up
 * with a message naming the environment variable, instead of connecting as {@code guest/guest} or {@code ptero}.
 */
class CredentialDefaultsTest {
    /** Configuration keys that hold a credential, and the variable each must come from. */
    private static final Map<String, String> REQUIRED = Map.of(
            "rabbitmq.username", "RABBITMQ_USER",
            "rabbitmq.password", "RABBITMQ_PASSWORD",
            "rabbitmq-username", "RABBITMQ_USER",
            "rabbitmq-password", "RABBITMQ_PASSWORD",
            "quarkus.datasource.password", "DB_PASSWORD",
            "database.password", "DB_PASSWORD");
    /** A non-profiled secret-looking key whose value falls back to a non-empty default: {@code ${VAR:something}}. */
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|api-keys?|\\.key)$");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z0-9_]+:([^}]+)}");

    @Test
    void brokerAndDatabaseCredentialsHaveNoDefaultOutsideDevAndTest() throws IOException {
        SmallRyeConfig prod = config("prod");
        REQUIRED.forEach((key, variable) -> assertThatThrownBy(() -> prod.getValue(key, String.class))
                .as("%s in prod without %s", key, variable)
                .hasMessageContaining(variable));
    }

    @Test
    void noNonProfiledCredentialFallsBackToADefault() throws IOException {
        PropertiesConfigSource source = new PropertiesConfigSource(properties());
        source.getProperties().forEach((key, value) -> {
            if (key.startsWith("%") || !SECRET_KEY.matcher(key).matches()) {
                return;
            }
            Matcher m = DEFAULTED.matcher(value);
            assertThat(m.find()).as("%s=%s has a default", key, value).isFalse();
        });
    }

    @Test
    void devAndTestProfilesStillHaveLocalCredentials() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            SmallRyeConfig config = config(profile);
            REQUIRED.keySet().forEach(key -> assertThat(config.getValue(key, String.class))
                    .as("%s in %s", key, profile).isNotBlank());
        }
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        // Only the file: the environment of whoever runs the test must not supply the variables.
        return new SmallRyeConfigBuilder().withProfile(profile).withSources(new PropertiesConfigSource(properties()))
                .build();
    }

    private static URL properties() {
        return CredentialDefaultsTest.class.getClassLoader().getResource("application.properties");
    }
}
