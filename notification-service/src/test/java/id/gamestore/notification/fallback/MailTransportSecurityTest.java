package id.gamestore.notification.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;

/** The fallback email's SMTP connection as the service's own application.properties configures it. */
class MailTransportSecurityTest {

    /** application.properties in the prod profile, with {@code env} standing in for the environment. */
    private static SmallRyeConfig config(Map<String, String> env) throws IOException {
        URL properties = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("prod")
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new MapBackedConfigSource("env", env, 300) {
                })
                .build();
    }

    @Test
    void theDefaultMailerConfigRequiresStartTls() throws IOException {
        SmallRyeConfig config = config(Map.of());
        assertThat(config.getValue("quarkus.mailer.start-tls", String.class)).isEqualTo("REQUIRED");
        assertThat(MailTransportSecurity.warning("REQUIRED", "smtp.example.test:587", false)).isEmpty();
    }

    @Test
    void startTlsIsOffOnlyWhenMailTlsSaysSoAndTheStartUpLogSaysItIsOff() throws IOException {
        String mode = config(Map.of("MAIL_TLS", "DISABLED")).getValue("quarkus.mailer.start-tls", String.class);
        assertThat(mode).isEqualTo("DISABLED");
        assertThat(MailTransportSecurity.warning(mode, "127.0.0.1:2525", false)).hasValueSatisfying(
                w -> assertThat(w).contains("STARTTLS is OFF", "MAIL_TLS=DISABLED", "127.0.0.1:2525"));
        assertThat(MailTransportSecurity.warning("optional", "127.0.0.1:25", false)).hasValueSatisfying(
                w -> assertThat(w).contains("MAIL_TLS=OPTIONAL"));
    }

    @Test
    void anUnknownMailTlsValueStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> MailTransportSecurity.warning("REQUIRE", "127.0.0.1:25", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MAIL_TLS")
                .hasMessageContaining("REQUIRED");
    }
}
