package id.gamestore.notification.admin;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code {"code","message","field"?}}: no stack traces, no class names, no bodies. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.error());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
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
