package id.gamestore.notification.admin;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.support.auth.ApiKeyRing;
import id.gamestore.support.auth.ApiKeyRoles;

/**
 * This service's one role: the configured admin keys ({@code ADMIN_API_KEYS}) grant {@link Roles#ADMIN}. Kept and
 * compared by {@link ApiKeyRing} (digests, constant time). None configured: every admin request is refused.
 */
@ApplicationScoped
public class AdminKeys implements ApiKeyRoles {
    private final ApiKeyRing ring = new ApiKeyRing();

    public AdminKeys(AdminConfig config) {
        ring.role(Roles.ADMIN, config.apiKeys().orElse(List.of()));
    }

    @Override
    public Optional<String> roleOf(String presentedKey) {
        return ring.roleOf(presentedKey);
    }
}
