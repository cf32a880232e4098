package id.gamestore.provisioning.admin;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.support.auth.ApiKeyAuthenticationMechanism;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ErrorTexts;

/**
 * This service's words for a request without a valid admin key; 403 and 404 answer service-support's defaults, and
 * the mappers themselves are service-support's.
 */
@ApplicationScoped
public class AdminErrorTexts implements ErrorTexts {
    @Override
    public ApiError unauthorized() {
        return new ApiError("UNAUTHORIZED", "a valid X-Api-Key header is required", ApiKeyAuthenticationMechanism.HEADER);
    }
}
