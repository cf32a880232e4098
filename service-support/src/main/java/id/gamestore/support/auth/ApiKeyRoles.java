package id.gamestore.support.auth;

import java.util.Optional;

/**
 * What differs between the services' API keys: which roles exist and where their keys come from. Each service
 * provides exactly one bean of this type, usually backed by an {@link ApiKeyRing} built from its configuration.
 */
public interface ApiKeyRoles {
    /** @return the role the presented key grants, empty for a missing or unknown key */
    Optional<String> roleOf(String presentedKey);
}
