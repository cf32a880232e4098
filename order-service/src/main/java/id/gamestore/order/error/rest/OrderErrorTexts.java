package id.gamestore.order.error.rest;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.error.ErrorCodes;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ErrorTexts;

/** This service's words for a refused key and an unknown path; the mappers themselves are service-support's. */
@ApplicationScoped
public class OrderErrorTexts implements ErrorTexts {
    @Override
    public ApiError unauthorized() {
        return ApiError.of(ErrorCodes.UNAUTHORIZED, "missing or unknown API key in header X-Api-Key");
    }

    @Override
    public ApiError forbidden() {
        return ApiError.of(ErrorCodes.FORBIDDEN, "this endpoint needs an admin API key");
    }

    @Override
    public ApiError notFound() {
        return ApiError.of(ErrorCodes.NOT_FOUND, "no such endpoint");
    }
}
