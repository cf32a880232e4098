package id.gamestore.provisioning.admin;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Maps failures to {@link ApiError} bodies; never a stack trace or a class name. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(e.error()).build();
    }

    /** No {@code X-Api-Key}. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    /** An {@code X-Api-Key} that is not an admin key: the same answer as none. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    /** An identity without the endpoint's role (an endpoint that allows nobody). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("FORBIDDEN", "this endpoint is not open to this API key",
                        ApiKeyAuthenticationMechanism.HEADER))
                .build();
    }

    private static Response unauthorized() {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("UNAUTHORIZED", "a valid X-Api-Key header is required",
                        ApiKeyAuthenticationMechanism.HEADER))
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = status == 404 ? "NOT_FOUND" : status == 405 ? "METHOD_NOT_ALLOWED" : "BAD_REQUEST";
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, status == 404 ? "no such resource" : "the request is not valid here", null))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf(e, "admin API request failed");
        return Response.status(500).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("INTERNAL_ERROR", "the request could not be completed; see the service log", null))
                .build();
    }
}
