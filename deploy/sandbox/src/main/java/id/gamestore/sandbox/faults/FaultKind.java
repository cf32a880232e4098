package id.gamestore.sandbox.faults;

import java.util.Arrays;
import java.util.Locale;

/** What a fault does to a matching request. JSON names are the lower-case enum names. */
public enum FaultKind {
    /** Waits {@code millis} before handling the request normally. */
    LATENCY,
    /** Answers {@code status} (default 500) with the panel's generic error body instead of handling the request. */
    ERROR,
    /** Answers 429 ThrottleRequestsException with Retry-After ({@code millis}/1000, at least 1 s). */
    RATE_LIMIT,
    /** Holds the connection for {@code millis} (default 30 s), then closes it without a response. */
    TIMEOUT,
    /** Closes the connection at once without a response. */
    CONNECTION_RESET,
    /** Handles the request (e.g. creates the server), then closes the connection without a response. */
    RESET_AFTER_RESPONSE,
    /** Calls that talk to Wings (server create, suspend, unsuspend, reinstall, delete, client power/files) get 504. */
    WINGS_UNREACHABLE,
    /** The next {@code times} servers created or reinstalled end their install as failed. */
    INSTALL_FAILED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FaultKind fromJson(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (n.equals("RESET_AFTER_CREATE")) {
            return RESET_AFTER_RESPONSE;
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault kind '" + name + "', known: "
                        + Arrays.stream(values()).map(FaultKind::jsonName).toList()));
    }
}
