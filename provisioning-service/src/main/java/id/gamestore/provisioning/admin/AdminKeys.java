package id.gamestore.provisioning.admin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.support.auth.ApiKeyRing;
import id.gamestore.support.auth.ApiKeyRoles;

/**
 * This service's roles: the configured admin keys ({@code ADMIN_API_KEYS}) grant {@link Roles#ADMIN}, the service keys
 * ({@code SERVICE_API_KEYS}) {@link Roles#SERVICE}; a key in both lists is an admin key. Kept and compared by
 * {@link ApiKeyRing} (digests, constant time). None configured: every request of that role is refused.
 */
@ApplicationScoped
public class AdminKeys implements ApiKeyRoles {
    private final ApiKeyRing ring = new ApiKeyRing();

    public AdminKeys(AdminConfig config, ServiceKeysConfig services) {
        ring.role(Roles.ADMIN, config.apiKeys());
        ring.role(Roles.SERVICE, services.apiKeys().orElse(java.util.List.of()));
    }

    @Override
    public Optional<String> roleOf(String presentedKey) {
        return ring.roleOf(presentedKey);
    }
}
