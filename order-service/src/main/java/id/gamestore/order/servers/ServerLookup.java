package id.gamestore.order.servers;

/**
 * What asking for a server's status gave: its status (possibly {@code available=false}), or that provisioning-service
 * does not know the server.
 */
public record ServerLookup(ServerStatus status, boolean notFound) {
    public static ServerLookup found(ServerStatus status) {
        return new ServerLookup(status, false);
    }

    public static ServerLookup unknown() {
        return new ServerLookup(null, true);
    }
}
