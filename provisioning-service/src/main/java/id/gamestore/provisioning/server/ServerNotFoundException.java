package id.gamestore.provisioning.server;

/** The panel has no server with this identifier (or the client key's owner may not see it). */
public class ServerNotFoundException extends RuntimeException {
    public ServerNotFoundException(String identifier) {
        super("no server " + identifier, null, false, false);
    }
}
