package id.gamestore.provisioning.pterodactyl;

import java.time.Duration;
import java.util.Optional;

/**
 * A panel call that did not succeed. {@link #isTransient()} says whether trying again later can help (timeouts,
 * resets, 429, 5xx); everything else is the panel's final word. Messages carry the panel's error code and detail,
 * never keys or request bodies.
 */
public class PanelException extends RuntimeException {
    private static final String BUDGET_UNAVAILABLE = "RateBudgetUnavailable";
    private final int status;
    private final String code;
    private final String detail;
    private final String sourceField;
    private final String rule;
    private final Duration retryAfter;
    private final java.util.List<String> violations;

    public PanelException(int status, String code, String detail, String sourceField, String rule, Duration retryAfter) {
        this(status, code, detail, sourceField, rule, retryAfter,
                sourceField == null ? java.util.List.of() : java.util.List.of(sourceField + "|" + rule));
    }

    public PanelException(int status, String code, String detail, String sourceField, String rule, Duration retryAfter,
            java.util.List<String> violations) {
        super(describe(status, code, detail, sourceField));
        this.violations = violations;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.sourceField = sourceField;
        this.rule = rule;
        this.retryAfter = retryAfter;
    }

    /** No HTTP answer at all: connect failure, timeout, reset. */
    public static PanelException unreachable(String what, Throwable cause) {
        PanelException e = new PanelException(0, "Unreachable", what + ": " + cause.getClass().getSimpleName(), null,
                null, null);
        e.initCause(cause);
        return e;
    }

    /**
     * The panel was never asked: our own rate budget (kept in this service's database) could not be read. Transient
     * like {@link #unreachable}, but it says nothing about the panel.
     */
    public static PanelException budgetUnavailable(Throwable cause) {
        PanelException e = new PanelException(0, BUDGET_UNAVAILABLE, "rate budget unavailable: "
                + cause.getClass().getSimpleName(), null, null, null);
        e.initCause(cause);
        return e;
    }

    /** True when the request never left this service because its rate budget could not be read. */
    public boolean neverReachedPanel() {
        return BUDGET_UNAVAILABLE.equals(code);
    }

    private static String describe(int status, String code, String detail, String field) {
        String base = (status == 0 ? "no response" : "HTTP " + status) + " " + code + ": " + detail;
        return field == null ? base : base + " (field " + field + ")";
    }

    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500;
    }

    public boolean isValidation(String field, String rule) {
        return status == 422 && violations.contains(field + "|" + rule);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The panel's own words ({@code errors[0].detail}), e.g. why a server is in a conflicting state. */
    public String detail() {
        return detail;
    }

    public String sourceField() {
        return sourceField;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
