package id.gamestore.order.error;

/** A request the service refuses, with the HTTP status, stable code and field to report. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiException badRequest(String code, String field, String message) {
        return new ApiException(400, code, message, field);
    }

    public static ApiException required(String field) {
        return badRequest(ErrorCodes.FIELD_REQUIRED, field, field + " is required");
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message, null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    public int status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), field);
    }
}
