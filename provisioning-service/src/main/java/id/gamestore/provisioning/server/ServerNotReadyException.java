package id.gamestore.provisioning.server;

/** The panel refuses to act on the server in its current state (409); {@link #reason()} is a {@link NotReadyReason}. */
public class ServerNotReadyException extends RuntimeException {
    private final String reason;

    public ServerNotReadyException(String identifier, String reason) {
        super("server " + identifier + " is " + reason.replace('_', ' '), null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
