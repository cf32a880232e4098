package id.gamestore.order.error;

/**
 * A request the domain refuses: a stable code ({@link ErrorCodes}), what kind of refusal it is, a human message and
 * the field at fault when there is one. No HTTP here: {@code error.rest.RefusedMapper} gives each kind its status.
 */
public class Refused extends RuntimeException {
    /** Why a request is refused; the rest side maps each kind to one HTTP status. */
    public enum Kind {
        /** The request itself is wrong: a field is missing, malformed or not allowed. */
        INVALID,
        /** What the request names does not exist (or the caller may not know it does). */
        NOT_FOUND,
        /** The request is fine, but the thing's current state does not allow it. */
        CONFLICT,
        /** The request contradicts an earlier one (an Idempotency-Key reused with another body). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;
    private final String field;

    public Refused(Kind kind, String code, String message, String field) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static Refused invalid(String code, String field, String message) {
        return new Refused(Kind.INVALID, code, message, field);
    }

    public static Refused required(String field) {
        return invalid(ErrorCodes.FIELD_REQUIRED, field, field + " is required");
    }

    public static Refused notFound(String code, String message) {
        return new Refused(Kind.NOT_FOUND, code, message, null);
    }

    public static Refused conflict(String code, String message) {
        return new Refused(Kind.CONFLICT, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** @return the request field at fault, or null */
    public String field() {
        return field;
    }
}
