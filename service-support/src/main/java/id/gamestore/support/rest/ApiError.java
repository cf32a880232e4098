package id.gamestore.support.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every 4xx and 5xx answer of every service. {@code code} is stable (clients switch on it),
 * {@code message} is for humans, {@code field} names the request field, parameter or header at fault when there is
 * one and is left out otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error", description = "Error body: a stable code, a human message, and the field at fault if any")
public record ApiError(
        @Schema(example = "INVALID_PHONE") String code,
        @Schema(example = "phone '12' is not a valid phone number") String message,
        @Schema(example = "phone") String field) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null);
    }
}
