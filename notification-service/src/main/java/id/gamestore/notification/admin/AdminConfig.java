package id.gamestore.notification.admin;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keys accepted in {@code X-Api-Key} on {@code /api/admin/**} (none configured: the admin API refuses everyone), and
 * the client networks it answers at all (anyone else gets 404, see {@link AdminNetworks}).
 */
@ConfigMapping(prefix = "notification.admin")
public interface AdminConfig {
    Optional<List<String>> apiKeys();

    /** CIDR blocks, comma-separated ({@code ADMIN_ALLOWED_NETWORKS}); by default loopback and private ranges. */
    @WithDefault(AdminNetworks.DEFAULT)
    List<String> allowedNetworks();
}
