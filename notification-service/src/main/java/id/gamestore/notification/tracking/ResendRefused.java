package id.gamestore.notification.tracking;

/**
 * A resend the delivery's state does not allow. Carries a stable code, a sentence and the field at fault; the REST
 * adapter turns {@link Reason#NOT_FOUND} into 404 and {@link Reason#CONFLICT} into 409.
 */
public class ResendRefused extends RuntimeException {
    public enum Reason {
        /** No delivery has that id. */
        NOT_FOUND,
        /** The delivery's state does not allow it. */
        CONFLICT
    }

    private final Reason reason;
    private final String code;
    private final String field;

    ResendRefused(Reason reason, String code, String message, String field) {
        super(message, null, false, false);
        this.reason = reason;
        this.code = code;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
