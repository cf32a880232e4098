package id.gamestore.provisioning.server;

import java.util.Locale;

/**
 * Why the panel refuses to act on a server (its 409 {@code ServerStateConflictException}), read from the panel's
 * detail, which names the state: one of the constants below.
 */
public final class NotReadyReason {
    public static final String SUSPENDED = "suspended";
    public static final String INSTALLING = "installing";
    public static final String NODE_MAINTENANCE = "node_maintenance";
    public static final String RESTORING_BACKUP = "restoring_backup";
    public static final String TRANSFERRING = "transferring";
    public static final String BUSY = "busy";

    private NotReadyReason() {
    }

    static String of(String panelDetail) {
        String detail = panelDetail == null ? "" : panelDetail.toLowerCase(Locale.ROOT);
        if (detail.contains("suspended")) {
            return SUSPENDED;
        }
        if (detail.contains("maintenance")) {
            return NODE_MAINTENANCE;
        }
        if (detail.contains("installation")) {
            return INSTALLING;
        }
        if (detail.contains("backup")) {
            return RESTORING_BACKUP;
        }
        if (detail.contains("transferred")) {
            return TRANSFERRING;
        }
        return BUSY;
    }
}
