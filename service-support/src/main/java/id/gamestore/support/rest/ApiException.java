package id.gamestore.support.rest;

/**
 * A request the service refuses, with the HTTP status and the {@link ApiError} to answer. Thrown by resources (the
 * REST adapters); {@link ErrorMappers} turns it into the response. It carries no stack trace: it is an answer, not a
 * fault.
 */
public class ApiException extends RuntimeException {
    /** The code of {@link #required}. */
    public static final String FIELD_REQUIRED = "FIELD_REQUIRED";

    private final int status;
    private final ApiError error;

    public ApiException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.error = new ApiError(code, message, field);
    }

    public static ApiException badRequest(String code, String field, String message) {
        return new ApiException(400, code, message, field);
    }

    public static ApiException required(String field) {
        return badRequest(FIELD_REQUIRED, field, field + " is required");
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

    public ApiError error() {
        return error;
    }
}
