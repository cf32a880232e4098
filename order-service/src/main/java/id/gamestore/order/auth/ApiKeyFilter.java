package id.gamestore.order.auth;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.gamestore.order.error.ApiError;
import id.gamestore.order.error.ErrorCodes;

/**
 * Checks the {@code X-Api-Key} header on every {@code /api} endpoint: {@code /api/admin/**} needs an admin key, the
 * rest a bot or admin key. The key itself never reaches a log.
 */
public class ApiKeyFilter {
    public static final String HEADER = "X-Api-Key";

    @Inject
    ApiKeys apiKeys;

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        Role required = path.startsWith("/api/admin/") ? Role.ADMIN : Role.BOT;
        Optional<Role> role = apiKeys.roleOf(request.getHeaderString(HEADER));
        if (role.isEmpty()) {
            return Optional.of(refuse(401, ErrorCodes.UNAUTHORIZED, "missing or unknown API key in header " + HEADER));
        }
        if (!role.get().mayAct(required)) {
            return Optional.of(refuse(403, ErrorCodes.FORBIDDEN, "this endpoint needs an admin API key"));
        }
        return Optional.empty();
    }

    private static Response refuse(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(code, message))
                .build();
    }
}
