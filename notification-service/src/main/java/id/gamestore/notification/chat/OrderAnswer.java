package id.gamestore.notification.chat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What asking order-service's chat endpoint about one command came to. */
public sealed interface OrderAnswer {

    /** One reply order-service wants sent: {@code to} must be the command's sender. Never prints the text. */
    record Reply(String to, String text) {
        @Override
        public String toString() {
            return "Reply[length=" + (text == null ? 0 : text.length()) + "]";
        }
    }

    /** 200: the command it recognised (null when {@code handled} is false) and the replies, in order. */
    record Answered(boolean handled, String command, List<Reply> replies) implements OrderAnswer {
        public Answered {
            replies = replies == null ? List.of() : List.copyOf(replies);
        }
    }

    /** A timeout, an I/O error, a 5xx or a 429: ask again later (not sooner than {@code retryAfter}). */
    record TryAgain(String code, Optional<Duration> retryAfter) implements OrderAnswer {
    }

    /** A 4xx other than 429: asking again cannot help. {@code code} is the error body's code, never its text. */
    record Refused(int status, String code) implements OrderAnswer {
    }
}
