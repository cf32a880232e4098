package id.gamestore.order.auth;

/**
 * The roles an API key grants, as used in {@code @RolesAllowed}: the WhatsApp bot's endpoints allow
 * {@code {BOT, ADMIN}}, the admin endpoints {@code ADMIN} only.
 */
public final class Roles {
    public static final String BOT = "bot";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
