package id.gamestore.notification.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Guards {@code /api/admin/**}: a configured key in {@code X-Api-Key}, compared in constant time. */
public class AdminKeyFilter {
    private static final Logger LOG = Logger.getLogger(AdminKeyFilter.class);
    static final String HEADER = "X-Api-Key";

    @Inject
    AdminConfig config;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/admin")) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given != null && matches(given, config.apiKeys().orElse(List.of()))) {
            return null;
        }
        LOG.infof("admin request to %s refused: %s", path, given == null ? "no key" : "unknown key");
        return ErrorMappers.json(401, new ApiError("UNAUTHORIZED", "a valid admin key is required", HEADER));
    }

    static boolean matches(String given, List<String> keys) {
        byte[] g = given.trim().getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (String key : keys) {
            found |= !key.isBlank() && MessageDigest.isEqual(g, key.trim().getBytes(StandardCharsets.UTF_8));
        }
        return found;
    }
}
