package id.gamestore.sandbox.panel.auth;

import java.util.Map;

/**
 * An API key: the whole token, its owner's user id, its type and (application keys) the per-resource bit flags
 * (READ = 1, WRITE = 2) for the nine resources.
 */
public record ApiKey(String token, int ownerId, KeyType type, Map<String, Integer> permissions) {
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final java.util.List<String> RESOURCES = java.util.List.of("servers", "nodes", "allocations",
            "users", "locations", "nests", "eggs", "database_hosts", "server_databases");

    public enum KeyType { APPLICATION, CLIENT }

    public ApiKey {
        permissions = Map.copyOf(permissions);
    }

    /** An application key with the same level on every resource. */
    public static ApiKey application(String token, int ownerId, int level) {
        Map<String, Integer> perms = new java.util.HashMap<>();
        RESOURCES.forEach(r -> perms.put(r, level));
        return new ApiKey(token, ownerId, KeyType.APPLICATION, perms);
    }

    public static ApiKey client(String token, int ownerId) {
        return new ApiKey(token, ownerId, KeyType.CLIENT, Map.of());
    }

    public ApiKey withPermission(String resource, int level) {
        Map<String, Integer> perms = new java.util.HashMap<>(permissions);
        perms.put(resource, level);
        return new ApiKey(token, ownerId, type, perms);
    }

    /** The 16-char identifier the panel looks the key up by. */
    public String identifier() {
        return token.length() >= 16 ? token.substring(0, 16) : token;
    }

    /** A client key of a root admin passes every check; application keys test their bit flag. */
    public boolean allows(String resource, int needed, boolean ownerIsRootAdmin) {
        if (type == KeyType.CLIENT) {
            return ownerIsRootAdmin;
        }
        return (permissions.getOrDefault(resource, 0) & needed) != 0;
    }

    @Override
    public String toString() {
        return "ApiKey[" + identifier() + "..., owner=" + ownerId + ", " + type + "]";
    }
}
