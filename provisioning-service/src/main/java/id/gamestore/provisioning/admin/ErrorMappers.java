package id.gamestore.provisioning.admin;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

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
