package id.gamestore.notification.fallback;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.channel.EmailTransport;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Fallback email over SMTP (Quarkus Mailer). An SMTP server's acceptance is final; its refusal is retried, and so is
 * a send that has no answer within {@code MAIL_SEND_TIMEOUT}: a hung SMTP connection once held a send for 30 s, past
 * the delivery's whole deadline, so the email was never retried.
 */
@ApplicationScoped
public class MailerEmailTransport implements EmailTransport {
    private static final Logger LOG = Logger.getLogger(MailerEmailTransport.class);

    private final ReactiveMailer mailer;
    private final Duration sendTimeout;

    public MailerEmailTransport(ReactiveMailer mailer,
            @ConfigProperty(name = "notification.email.send-timeout", defaultValue = "10s") Duration sendTimeout) {
        this.mailer = mailer;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public SendOutcome send(String to, String subject, String text) {
        if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return new SendOutcome.Rejected("INVALID_EMAIL");
        }
        try {
            mailer.send(Mail.withText(to, subject, text)).await().atMost(sendTimeout);
            return new SendOutcome.Accepted("smtp");
        } catch (RuntimeException e) {
            LOG.warnf("SMTP send failed: %s", e.getClass().getSimpleName());
            return new SendOutcome.Retryable("SMTP_ERROR", null);
        }
    }
}
