package id.gamestore.provisioning.admin;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code SERVICE_API_KEYS}: comma-separated keys that grant {@link Roles#SERVICE} (server status and power, nothing
 * under {@code /api/admin}). None configured: no service can call those endpoints.
 */
@ConfigMapping(prefix = "service")
public interface ServiceKeysConfig {
    Optional<List<String>> apiKeys();
}
