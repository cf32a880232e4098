package id.gamestore.sandbox.whatsapp.webhook;

import java.time.Instant;

/**
 * One POST the sandbox made to a registered webhook. {@code httpStatus} is 0 when no answer came (connection
 * refused, timeout); {@code event} is the status ({@code sent}...), {@code messages} for an inbound message, or
 * {@code message.ack} / {@code message} on the WAHA face.
 */
public record WebhookAttempt(String channel, String url, String event, String messageId, int attempt,
        int httpStatus, String error, Instant at) {

    public boolean succeeded() {
        return httpStatus >= 200 && httpStatus < 300;
    }
}
