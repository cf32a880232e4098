package id.gamestore.provisioning.admin;

/** The roles this service's API keys grant, as used in {@code @RolesAllowed}. */
public final class Roles {
    /** {@code ADMIN_API_KEYS}: every endpoint. */
    public static final String ADMIN = "admin";
    /**
     * {@code SERVICE_API_KEYS}: another service of ours (order-service's chat) acting for a customer it has already
     * checked; only a server's live status and power actions ({@code /api/servers/**}), never {@code /api/admin/**}.
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
