package id.gamestore.provisioning.admin;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.support.auth.ApiKeyAuthenticationMechanism;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ErrorTexts;

/** This service's words for a refused admin key and an unknown path; the mappers themselves are service-support's. */
@ApplicationScoped
public class AdminErrorTexts implements ErrorTexts {
    @Override
    public ApiError unauthorized() {
        return new ApiError("UNAUTHORIZED", "a valid X-Api-Key header is required",
                ApiKeyAuthenticationMechanism.HEADER);
    }

    @Override
    public ApiError forbidden() {
        return new ApiError("FORBIDDEN", "this endpoint is not open to this API key",
                ApiKeyAuthenticationMechanism.HEADER);
    }

    @Override
    public ApiError notFound() {
        return ApiError.of("NOT_FOUND", "no such resource");
    }
}
