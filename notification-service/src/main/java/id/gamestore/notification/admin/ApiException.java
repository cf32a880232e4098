package id.gamestore.notification.admin;

/** A request we refuse, with its HTTP status and error body. */
public class ApiException extends RuntimeException {
    private final int status;
    private final ApiError error;

    public ApiException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.error = new ApiError(code, message, field);
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
