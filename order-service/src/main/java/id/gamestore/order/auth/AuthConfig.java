package id.gamestore.order.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** API keys per role, comma-separated (env {@code ORDER_BOT_API_KEYS}, {@code ORDER_ADMIN_API_KEYS}). */
@ConfigMapping(prefix = "order.auth")
public interface AuthConfig {
    Optional<String> botKeys();

    Optional<String> adminKeys();
}
