package id.gamestore.notification.channel;

import java.time.Duration;
import java.util.Set;

/** Maps a Graph API error code (and HTTP status) to what we do next, as Meta's error table advises. */
final class CloudErrors {
    private static final Set<Integer> RETRYABLE = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131057);
    private static final Set<Integer> UNDELIVERABLE = Set.of(131026, 131049);
    private static final Set<Integer> MISCONFIGURED = Set.of(0, 10, 190, 368, 131030, 131031, 131048, 133010);
    static final int RE_ENGAGEMENT = 131047;
    static final int PAIR_RATE_LIMIT = 131056;

    private CloudErrors() {
    }

    static SendOutcome classify(int httpStatus, int code) {
        String label = code > 0 ? String.valueOf(code) : "HTTP_" + httpStatus;
        if (code == PAIR_RATE_LIMIT) {
            return new SendOutcome.Retryable(label, Duration.ofSeconds(6));
        }
        if (code == RE_ENGAGEMENT) {
            return new SendOutcome.NeedsTemplate(label);
        }
        if (RETRYABLE.contains(code) || (code <= 0 && (httpStatus >= 500 || httpStatus == 429))) {
            return new SendOutcome.Retryable(label, null);
        }
        if (UNDELIVERABLE.contains(code)) {
            return new SendOutcome.Undeliverable(label);
        }
        if (MISCONFIGURED.contains(code) || (code >= 200 && code <= 299) || (code >= 132000 && code < 133000)
                || httpStatus == 401 || httpStatus == 403) {
            return new SendOutcome.Misconfigured(label);
        }
        if (httpStatus >= 500) {
            return new SendOutcome.Retryable(label, null);
        }
        return new SendOutcome.Rejected(label);
    }

    /** Outcome of a {@code failed} status webhook's error code. */
    static SendOutcome classifyReceipt(int code) {
        return classify(400, code);
    }
}
