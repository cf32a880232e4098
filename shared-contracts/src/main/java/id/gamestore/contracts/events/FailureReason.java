package id.gamestore.contracts.events;

/** Why provisioning failed for good. Named after outcomes. */
public enum FailureReason {
    /** No node has room for the package (memory, disk or free allocations). */
    NO_CAPACITY,
    /** The panel refused a request as invalid (422/400) in a way retrying cannot fix. */
    PANEL_REJECTED,
    /** The server's install script failed. */
    INSTALL_FAILED,
    /** The install did not finish before the startup deadline. */
    INSTALL_TIMEOUT,
    /** The panel stayed unreachable or kept failing (5xx, timeouts) until the job's deadline. */
    PANEL_UNAVAILABLE,
    /** The package has no valid resource mapping (egg, node, variables). */
    CONFIGURATION_ERROR,
    /** An admin cancelled the job. */
    CANCELLED
}
