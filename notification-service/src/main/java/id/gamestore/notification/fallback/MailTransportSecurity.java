package id.gamestore.notification.fallback;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Checks at start-up how the fallback email reaches the SMTP server. STARTTLS is required by default
 * ({@code MAIL_TLS=REQUIRED}): the mail is never handed over in clear. {@code MAIL_TLS=DISABLED} (a local test SMTP
 * server without TLS) or {@code OPTIONAL} (falls back to clear when the server offers no STARTTLS) are honoured but
 * logged as a warning; anything else stops the start with an error naming {@code MAIL_TLS}. Never logs the SMTP
 * login.
 */
@ApplicationScoped
public class MailTransportSecurity {
    private static final Logger LOG = Logger.getLogger(MailTransportSecurity.class);
    static final Set<String> MODES = Set.of("DISABLED", "OPTIONAL", "REQUIRED");

    private final String startTls;
    private final String host;
    private final Optional<Integer> port;
    private final boolean mock;

    public MailTransportSecurity(
            @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "REQUIRED") String startTls,
            @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "127.0.0.1") String host,
            @ConfigProperty(name = "quarkus.mailer.port") Optional<Integer> port,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        this.startTls = startTls;
        this.host = host;
        this.port = port;
        this.mock = mock;
    }

    void onStart(@Observes StartupEvent event) {
        warning(startTls, host + ":" + port.map(String::valueOf).orElse("25"), mock).ifPresent(LOG::warn);
    }

    /**
     * The start-up warning for this STARTTLS mode, if any.
     *
     * @throws IllegalStateException naming {@code MAIL_TLS} when the mode is not one of {@link #MODES}
     */
    static Optional<String> warning(String startTls, String server, boolean mock) {
        String mode = startTls == null ? "" : startTls.trim().toUpperCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new IllegalStateException("MAIL_TLS (quarkus.mailer.start-tls) must be DISABLED, OPTIONAL or "
                    + "REQUIRED, not '" + startTls + "'");
        }
        if (mock || mode.equals("REQUIRED")) {
            return Optional.empty();
        }
        if (mode.equals("DISABLED")) {
            return Optional.of("fallback email: STARTTLS is OFF (MAIL_TLS=DISABLED): mail to " + server
                    + " travels unencrypted; use this only for a local test SMTP server");
        }
        return Optional.of("fallback email: STARTTLS is OPTIONAL (MAIL_TLS=OPTIONAL): when " + server
                + " offers no STARTTLS, mail travels unencrypted; set MAIL_TLS=REQUIRED");
    }
}
