package id.gamestore.provisioning.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Guards {@code /api/admin}: the {@code X-Api-Key} header must equal a configured key (constant-time compare). */
@ApplicationScoped
public class ApiKeyFilter {
    static final String HEADER = "X-Api-Key";

    private final List<byte[]> keys;

    public ApiKeyFilter(AdminConfig config) {
        this.keys = config.apiKeys().stream().map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @ServerRequestFilter
    public Response filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/admin")) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || !matches(given.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("UNAUTHORIZED", "a valid X-Api-Key header is required", HEADER)).build();
        }
        return null;
    }

    private boolean matches(byte[] given) {
        boolean ok = false;
        for (byte[] key : keys) {
            ok |= MessageDigest.isEqual(key, given);
        }
        return ok;
    }
}
