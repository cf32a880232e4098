package id.gamestore.order.error;

/** The stable error codes of the API. docs/bot-integration.md lists them with examples. */
public final class ErrorCodes {
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INVALID_FIELD_TYPE = "INVALID_FIELD_TYPE";
    public static final String BODY_REQUIRED = "BODY_REQUIRED";
    public static final String FIELD_REQUIRED = "FIELD_REQUIRED";
    public static final String FIELD_TOO_LONG = "FIELD_TOO_LONG";
    public static final String INVALID_NAME = "INVALID_NAME";
    public static final String INVALID_TEXT = "INVALID_TEXT";
    public static final String INVALID_PHONE = "INVALID_PHONE";
    public static final String INVALID_EMAIL = "INVALID_EMAIL";
    public static final String INVALID_LOCALE = "INVALID_LOCALE";
    public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";
    public static final String UNKNOWN_PACKAGE = "UNKNOWN_PACKAGE";
    public static final String DURATION_NOT_OFFERED = "DURATION_NOT_OFFERED";
    public static final String INVALID_STATUS = "INVALID_STATUS";
    public static final String INVALID_PAGING = "INVALID_PAGING";
    /** A report's {@code from}/{@code to} is not a day like 2026-12-01. */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** A report's {@code from} is after its {@code to}, or the range is longer than 366 days. */
    public static final String INVALID_RANGE = "INVALID_RANGE";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    public static final String PACKAGE_NOT_BUILDABLE = "PACKAGE_NOT_BUILDABLE";
    public static final String ORDER_NOT_COMPLETED = "ORDER_NOT_COMPLETED";
    public static final String PASSWORD_RESET_NOT_FOUND = "PASSWORD_RESET_NOT_FOUND";
    public static final String SERVER_TERMINATED = "SERVER_TERMINATED";
    public static final String CHANGE_PENDING = "CHANGE_PENDING";
    public static final String CHANGE_NOT_FOUND = "CHANGE_NOT_FOUND";
    public static final String ACTION_IN_PROGRESS = "ACTION_IN_PROGRESS";
    public static final String SAME_PACKAGE = "SAME_PACKAGE";
    public static final String OTHER_GAME = "OTHER_GAME";
    public static final String TERM_EXPIRED = "TERM_EXPIRED";
    public static final String SERVER_NOT_SUSPENDED = "SERVER_NOT_SUSPENDED";
    public static final String INVALID_DAYS = "INVALID_DAYS";
    public static final String INVALID_MONTHS = "INVALID_MONTHS";
    public static final String INVALID_STATE = "INVALID_STATE";
    public static final String MESSAGE_ID_REUSED = "MESSAGE_ID_REUSED";
    public static final String MESSAGE_IN_PROGRESS = "MESSAGE_IN_PROGRESS";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }
}
