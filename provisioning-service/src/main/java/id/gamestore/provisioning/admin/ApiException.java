package id.gamestore.provisioning.admin;

/** A request the API refuses, with the status and body to answer. */
public class ApiException extends RuntimeException {
    private final int status;
    private final ApiError error;

    public ApiException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.error = new ApiError(code, message, field);
    }

    public static ApiException notFound(String orderId) {
        return new ApiException(404, "JOB_NOT_FOUND", "no provisioning job for order " + orderId, "orderId");
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "INVALID_STATE", message, "state");
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
