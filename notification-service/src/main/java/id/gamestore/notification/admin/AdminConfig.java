package id.gamestore.notification.admin;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Keys accepted in {@code X-Api-Key} on {@code /api/admin/**}. None configured: the admin API refuses everyone. */
@ConfigMapping(prefix = "notification.admin")
public interface AdminConfig {
    Optional<List<String>> apiKeys();
}
