package id.gamestore.notification.admin;

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
        return new ApiError("UNAUTHORIZED", "a valid admin key is required", ApiKeyAuthenticationMechanism.HEADER);
    }
}
