package id.gamestore.support.rest;

import id.gamestore.support.auth.ApiKeyAuthenticationMechanism;

/**
 * What a service says when {@link ErrorMappers} refuses a request for a reason whose wording is the service's own:
 * no or an unknown API key (401), a key without the endpoint's role (403), no such endpoint (404). Each service
 * provides exactly one bean of this type; the 403 and 404 have defaults.
 */
public interface ErrorTexts {
    /** The body of a 401: no {@code X-Api-Key}, or one that is not configured (the same answer, so keys cannot be probed). */
    ApiError unauthorized();

    /** The body of a 403: a valid key without the endpoint's role. */
    default ApiError forbidden() {
        return new ApiError("FORBIDDEN", "this endpoint is not open to this API key",
                ApiKeyAuthenticationMechanism.HEADER);
    }

    /** The body of a 404 for a path no endpoint serves. */
    default ApiError notFound() {
        return ApiError.of("NOT_FOUND", "no such resource");
    }
}
