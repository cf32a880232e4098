package id.gamestore.provisioning.lifecycle;

/** Why a lifecycle action failed ({@code lifecycle.action-failed} {@code reason}); the server is as it was. */
public enum LifecycleFailure {
    /** A build change does not fit the server's node (memory or disk, with the node's overallocation). */
    NO_CAPACITY,
    /** The server is gone from the panel (never for TERMINATE, where gone means done). */
    SERVER_MISSING,
    /** The panel refused the call for good (a 4xx other than 404), or the server is not this order's. */
    PANEL_REJECTED,
    /** Transient panel errors (5xx, 429, timeouts) outlasted {@code LIFECYCLE_RETRY_ATTEMPTS}. */
    PANEL_UNAVAILABLE,
    /** No resource mapping for the package a build change asks for. */
    UNKNOWN_PACKAGE
}
