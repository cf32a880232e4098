package id.gamestore.provisioning.server;

import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelHttp;

/** Why a server's live status cannot be told right now (the answer says {@code available: false}). */
public enum UnavailableReason {
    /** No answer in time, a connection failure, Wings unreachable, a 5xx, or the rate budget could not be read. */
    PANEL_UNREACHABLE,
    /** The panel said 429, or our share of its client-API budget had no slot in time. */
    PANEL_RATE_LIMITED,
    /** {@code PTERODACTYL_CLIENT_API_KEY} is not set. */
    CLIENT_KEY_NOT_CONFIGURED,
    /** The panel refused the configured client key (401/403): wrong, revoked, or not a root admin's. */
    CLIENT_KEY_REJECTED,
    /** The panel refuses live usage while the server is restoring a backup or being transferred. */
    SERVER_BUSY;

    static UnavailableReason of(PanelException e) {
        if (PanelHttp.MISSING_CLIENT_KEY.equals(e.code())) {
            return CLIENT_KEY_NOT_CONFIGURED;
        }
        if (e.status() == 429) {
            return PANEL_RATE_LIMITED;
        }
        if (e.status() == 401 || e.status() == 403) {
            return CLIENT_KEY_REJECTED;
        }
        return PANEL_UNREACHABLE;
    }
}
