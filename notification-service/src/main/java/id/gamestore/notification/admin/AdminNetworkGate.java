package id.gamestore.notification.admin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.support.auth.ClientGate;

/**
 * Refuses clients outside {@link AdminNetworks} before their key is looked at ({@link OutsideAdminNetworks}, answered
 * 404 as if the admin API did not exist). The API-key mechanism asks this for exactly the endpoints that need the
 * admin role, after the router matched the request to one, so no spelling of the path gets around it; the
 * {@code @PermitAll} webhooks never come here. The client address is Vert.x's {@code remoteAddress()}, which honours
 * {@code quarkus.http.proxy.*}.
 */
@ApplicationScoped
public class AdminNetworkGate implements ClientGate {
    private final AdminNetworks networks;

    public AdminNetworkGate(AdminNetworks networks) {
        this.networks = networks;
    }

    @Override
    public Optional<RuntimeException> refuse(String clientHost) {
        return networks.allows(clientHost) ? Optional.empty() : Optional.of(new OutsideAdminNetworks(clientHost));
    }
}
