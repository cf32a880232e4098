package id.gamestore.notification.channel;

import id.gamestore.notification.channel.SendOutcome;

/** Sends a fallback email. */
public interface EmailTransport {
    SendOutcome send(String to, String subject, String text);
}
