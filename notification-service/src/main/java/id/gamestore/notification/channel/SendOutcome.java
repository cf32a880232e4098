package id.gamestore.notification.channel;

import java.time.Duration;

/** What a channel said about one send. {@code code} is the provider's error code or HTTP status, for the record. */
public sealed interface SendOutcome {
    String name();

    String code();

    /** Taken by the provider; {@code providerMessageId} is the id its receipts carry. */
    record Accepted(String providerMessageId) implements SendOutcome {
        public String name() {
            return "ACCEPTED";
        }

        public String code() {
            return null;
        }
    }

    /** Worth trying again (rate limit, 5xx, timeout), not before {@code suggestedDelay} when given. */
    record Retryable(String code, Duration suggestedDelay) implements SendOutcome {
        public String name() {
            return "RETRYABLE";
        }
    }

    /** Free-form text was refused because the 24-hour window is closed: send the template instead. */
    record NeedsTemplate(String code) implements SendOutcome {
        public String name() {
            return "NEEDS_TEMPLATE";
        }
    }

    /** The recipient cannot be reached on this channel: fall back. */
    record Undeliverable(String code) implements SendOutcome {
        public String name() {
            return "UNDELIVERABLE";
        }
    }

    /** Our side is wrong (token, account, template, number id): alert and fall back. */
    record Misconfigured(String code) implements SendOutcome {
        public String name() {
            return "MISCONFIGURED";
        }
    }

    /** The request itself is invalid; retrying cannot help. */
    record Rejected(String code) implements SendOutcome {
        public String name() {
            return "REJECTED";
        }
    }
}
