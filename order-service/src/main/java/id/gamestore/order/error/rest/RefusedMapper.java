package id.gamestore.order.error.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.gamestore.support.rest.ApiError;
import id.gamestore.order.error.Refused;

/** Answers a {@link Refused} with its status and the usual {@link ApiError} body (code, message, field). */
public class RefusedMapper {

    @ServerExceptionMapper
    public Response refused(Refused e) {
        return Response.status(status(e.kind())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.code(), e.getMessage(), e.field())).build();
    }

    static int status(Refused.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }
}
