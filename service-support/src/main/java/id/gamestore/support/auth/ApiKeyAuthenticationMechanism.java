package id.gamestore.support.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns the {@code X-Api-Key} header into a {@link SecurityIdentity}: no header is anonymous, a known key has the role
 * the service's {@link ApiKeyRoles} gives it, an unknown key fails authentication. A service's {@link ClientGate}, if
 * it has one, is asked first and may refuse the client before the key is read. Which role an endpoint needs is said
 * by the endpoint itself ({@code @RolesAllowed}), never by its path; authentication runs only when an endpoint asks
 * for it ({@code quarkus.http.auth.proactive=false}), so failures reach the JSON error mappers.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-Api-Key";

    private final Instance<ClientGate> gates;

    public ApiKeyAuthenticationMechanism(Instance<ClientGate> gates) {
        this.gates = gates;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (gates.isResolvable()) {
            SocketAddress client = context.request().remoteAddress();
            Optional<RuntimeException> refusal = gates.get().refuse(client == null ? null : client.host());
            if (refusal.isPresent()) {
                return Uni.createFrom().failure(refusal.get());
            }
        }
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }
}
