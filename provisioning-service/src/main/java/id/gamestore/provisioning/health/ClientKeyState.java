package id.gamestore.provisioning.health;

/**
 * The client API key ({@code PTERODACTYL_CLIENT_API_KEY}) as the last check saw it. It is checked only when
 * something needs it: auto-start ({@code AUTO_START_SERVERS}) or a package with initial files.
 */
public enum ClientKeyState {
    /** Nothing needs the client API. */
    NOT_NEEDED,
    UP,
    /** Needed and not configured: every start and every file write would fail. */
    MISSING,
    /** The panel answered 401/403 to it. */
    REFUSED,
    /** The client API could not be asked (network, 5xx, 429). */
    UNREACHABLE
}
