package id.gamestore.notification.fallback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.delivery.EmailTransport;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Fallback email over SMTP (Quarkus Mailer). An SMTP server's acceptance is final; its refusal is retried. */
@ApplicationScoped
public class MailerEmailTransport implements EmailTransport {
    private static final Logger LOG = Logger.getLogger(MailerEmailTransport.class);

    @Inject
    Mailer mailer;

    @Override
    public SendOutcome send(String to, String subject, String text) {
        if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return new SendOutcome.Rejected("INVALID_EMAIL");
        }
        try {
            mailer.send(Mail.withText(to, subject, text));
            return new SendOutcome.Accepted("smtp");
        } catch (RuntimeException e) {
            LOG.warnf("SMTP send failed: %s", e.getClass().getSimpleName());
            return new SendOutcome.Retryable("SMTP_ERROR", null);
        }
    }
}
