package id.gamestore.sandbox.whatsapp.webhook;

/**
 * Outcome of the subscription handshake the sandbox makes against a callback URL, as Meta does when the URL is
 * saved: {@code verified} when the callback answered 200 with exactly the challenge. {@code httpStatus} 0 means no
 * answer.
 */
public record WebhookVerification(String url, boolean verified, int httpStatus, String detail) {
}
