package id.gamestore.notification.channel;

import java.util.List;

/** One way of putting a message on a customer's WhatsApp. Implementations talk HTTP; nothing else in the service does. */
public interface WhatsAppChannel {
    /** {@code cloud} or {@code waha}: recorded on every attempt. */
    String name();

    /** True when messages outside the customer's 24-hour window must be approved templates. */
    boolean needsTemplateOutsideWindow();

    SendOutcome send(OutboundMessage message);

    /** What is missing or wrong in this channel's configuration; empty when it can send. */
    List<ConfigurationProblem> configurationProblems();
}
