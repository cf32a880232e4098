package id.gamestore.order.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.support.auth.ApiKeyRing;
import id.gamestore.support.auth.ApiKeyRoles;

/**
 * This service's API keys: the bot's ({@code ORDER_BOT_API_KEYS}) and the admins' ({@code ORDER_ADMIN_API_KEYS}),
 * comma-separated. A key in both lists is an admin key. Kept and compared by {@link ApiKeyRing} (digests, constant
 * time).
 */
@ApplicationScoped
public class ApiKeys implements ApiKeyRoles {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final ApiKeyRing ring = new ApiKeyRing();

    ApiKeys(AuthConfig config) {
        ring.role(Roles.ADMIN, split(config.adminKeys())).role(Roles.BOT, split(config.botKeys()));
        if (!ring.hasKeysFor(Roles.BOT)) {
            LOG.warn("no bot API keys configured (ORDER_BOT_API_KEYS): bot endpoints accept admin keys only");
        }
        if (!ring.hasKeysFor(Roles.ADMIN)) {
            LOG.warn("no admin API keys configured (ORDER_ADMIN_API_KEYS): admin endpoints refuse every request");
        }
    }

    /** @return the strongest role the presented key grants ({@link Roles}), empty for a missing or unknown key */
    @Override
    public Optional<String> roleOf(String presentedKey) {
        return ring.roleOf(presentedKey);
    }

    private static List<String> split(Optional<String> commaSeparated) {
        return commaSeparated.map(s -> Arrays.asList(s.split(","))).orElse(List.of());
    }
}
