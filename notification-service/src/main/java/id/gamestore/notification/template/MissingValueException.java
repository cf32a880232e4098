package id.gamestore.notification.template;

/** A template field has no value: the message is not sent with a blank. Names the field, never a value. */
public class MissingValueException extends RuntimeException {
    private final String field;

    public MissingValueException(String field) {
        super("message field '" + field + "' has no value");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
