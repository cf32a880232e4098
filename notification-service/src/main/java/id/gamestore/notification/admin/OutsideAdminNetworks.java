package id.gamestore.notification.admin;

/** A request for the admin API from a client outside {@code ADMIN_ALLOWED_NETWORKS}; answered 404. */
public class OutsideAdminNetworks extends RuntimeException {
    private final String client;

    public OutsideAdminNetworks(String client) {
        super("client outside the admin networks", null, false, false);
        this.client = client;
    }

    /** The client address as the server saw it (never a key). */
    public String client() {
        return client;
    }
}
