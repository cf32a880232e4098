package id.gamestore.notification.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.gamestore.support.rest.ErrorTexts;

/**
 * This service's own failure: a client outside ADMIN_ALLOWED_NETWORKS, answered exactly like a path that does not
 * exist. Every other failure is mapped by service-support's {@code ErrorMappers}.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    private final ErrorTexts texts;

    public ErrorMappers(ErrorTexts texts) {
        this.texts = texts;
    }

    /** The admin API does not exist for this client. No key is read or logged. */
    @ServerExceptionMapper
    public Response outsideAdminNetworks(OutsideAdminNetworks e, UriInfo uri) {
        LOG.infof("admin request to %s from %s refused: outside ADMIN_ALLOWED_NETWORKS", uri.getPath(), e.client());
        return id.gamestore.support.rest.ErrorMappers.respond(404, texts.notFound());
    }
}
