package id.gamestore.notification.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Every error body: a stable code, a human message, and the field or parameter at fault when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String field) {
    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null);
    }
}
