package id.gamestore.sandbox.panel.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The keys the panel accepts, looked up by identifier and compared in full. */
public final class KeyStore {
    private final Map<String, ApiKey> byIdentifier = new ConcurrentHashMap<>();

    public void put(ApiKey key) {
        byIdentifier.put(key.identifier(), key);
    }

    public void clear() {
        byIdentifier.clear();
    }

    public Optional<ApiKey> find(String token) {
        if (token == null || token.length() < 16) {
            return Optional.empty();
        }
        ApiKey key = byIdentifier.get(token.substring(0, 16));
        return key != null && key.token().equals(token) ? Optional.of(key) : Optional.empty();
    }
}
