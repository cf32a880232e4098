package id.gamestore.sandbox.whatsapp.faults;

/**
 * Errors the next N send calls answer with. The Cloud face answers with the Graph error ({@code httpStatus},
 * {@code code}); the WAHA face with its own shape ({@code wahaStatus}). {@link #RESET_AFTER_ACCEPT} accepts the
 * message (webhooks follow) and then drops the connection before answering: the ambiguous outcome.
 */
public enum FaultKind {
    THROUGHPUT_LIMIT(400, 130429, "Rate limit hit", 429),
    PAIR_RATE_LIMIT(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", 429),
    SERVER_ERROR(500, 131000, "Something went wrong", 500),
    SERVICE_UNAVAILABLE(503, 2, "Service temporarily unavailable", 503),
    MAINTENANCE(500, 131057, "Account in maintenance mode", 503),
    TOKEN_EXPIRED(401, 190, "Error validating access token: Session has expired", 401),
    ACCOUNT_RESTRICTED(403, 368, "Temporarily blocked for policies violations", 403),
    RESET_AFTER_ACCEPT(0, 0, "Connection reset after the message was accepted", 0);

    private final int httpStatus;
    private final int code;
    private final String message;
    private final int wahaStatus;

    FaultKind(int httpStatus, int code, String message, int wahaStatus) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.message = message;
        this.wahaStatus = wahaStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    public int wahaStatus() {
        return wahaStatus;
    }
}
