package id.gamestore.notification.admin;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

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
 * First refuses clients outside {@link AdminNetworks} ({@link OutsideAdminNetworks}, answered 404 as if the admin API
 * did not exist; the key is not looked at). This runs for exactly the endpoints that need the admin role, after the
 * router matched the request to one, so no spelling of the path gets around it; the {@code @PermitAll} webhooks never
 * come here. The client address is Vert.x's {@code remoteAddress()}, which honours {@code quarkus.http.proxy.*}.
 * <p>
 * Then turns the {@code X-Api-Key} header into a {@link SecurityIdentity}: no header is anonymous, an admin key has the
 * role {@link Roles#ADMIN}, another key fails authentication. Which role an endpoint needs is said by the endpoint
 * ({@code @RolesAllowed}), never by its path; authentication runs only when an endpoint asks for it
 * ({@code quarkus.http.auth.proactive=false}), so failures reach {@link ErrorMappers} and answer the usual JSON body.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-Api-Key";

    private final AdminNetworks networks;

    public ApiKeyAuthenticationMechanism(AdminNetworks networks) {
        this.networks = networks;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        SocketAddress client = context.request().remoteAddress();
        String host = client == null ? null : client.host();
        if (!networks.allows(host)) {
            return Uni.createFrom().failure(new OutsideAdminNetworks(host));
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
