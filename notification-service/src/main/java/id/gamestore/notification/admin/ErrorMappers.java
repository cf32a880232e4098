package id.gamestore.notification.admin;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into {@code {"code","message","field"?}}: no stack traces, no class names, no bodies. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.error());
    }

    /** No {@code X-Api-Key} on an admin endpoint. The key never reaches the log, only whether there was one. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        LOG.infof("admin request to %s refused: no key", uri.getPath());
        return unauthorized();
    }

    /** An {@code X-Api-Key} that is not an admin key: the same answer as none. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        LOG.infof("admin request to %s refused: unknown key", uri.getPath());
        return unauthorized();
    }

    /** A client outside ADMIN_ALLOWED_NETWORKS: the admin API does not exist for it. No key is read or logged. */
    @ServerExceptionMapper
    public Response outsideAdminNetworks(OutsideAdminNetworks e, UriInfo uri) {
        LOG.infof("admin request to %s from %s refused: outside ADMIN_ALLOWED_NETWORKS", uri.getPath(), e.client());
        return notFound();
    }

    /** An identity without the endpoint's role (an endpoint that allows nobody). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(403, new ApiError("FORBIDDEN", "this endpoint is not open to this API key",
                ApiKeyAuthenticationMechanism.HEADER));
    }

    private static Response unauthorized() {
        return json(401, new ApiError("UNAUTHORIZED", "a valid admin key is required",
                ApiKeyAuthenticationMechanism.HEADER));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return notFound();
    }

    private static Response notFound() {
        return json(404, ApiError.of("NOT_FOUND", "no such resource"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return json(status, ApiError.of("HTTP_" + status, "request refused"));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf("unexpected %s while serving a request", e.getClass().getSimpleName());
        return json(500, ApiError.of("INTERNAL_ERROR", "the request could not be completed; see the service log"));
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
