package id.gamestore.provisioning.admin;

/** The role an admin API key grants, as used in {@code @RolesAllowed}. This service has no other caller. */
public final class Roles {
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
