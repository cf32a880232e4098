package id.gamestore.order.servers;

/** The outcome of a power action. */
public enum PowerResult {
    /** The panel took the signal. */
    ACCEPTED,
    /** provisioning-service does not know the server. */
    NOT_FOUND,
    /** The server is still being installed. */
    INSTALLING,
    /** The server is suspended. */
    SUSPENDED,
    /** Not ready for another reason (409 without a known state). */
    NOT_READY,
    /** The panel or provisioning-service cannot be reached, or it is not configured. */
    UNAVAILABLE
}
