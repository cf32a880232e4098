package id.gamestore.provisioning.admin;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** {@code ADMIN_API_KEYS}: comma-separated keys accepted in {@code X-Api-Key}. */
@ConfigMapping(prefix = "admin")
public interface AdminConfig {
    List<String> apiKeys();
}
