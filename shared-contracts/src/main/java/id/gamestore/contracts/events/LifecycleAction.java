package id.gamestore.contracts.events;

/** What order-service asks provisioning-service to do to a provisioned server on the panel. */
public enum LifecycleAction {
    /** {@code POST servers/{id}/suspend}; suspending a suspended server is fine. */
    SUSPEND,
    /** {@code POST servers/{id}/unsuspend}; unsuspending a running server is fine. */
    UNSUSPEND,
    /** Delete the server, then the panel user when it owns nothing else; a server already gone counts as deleted. */
    TERMINATE,
    /** {@code PATCH servers/{id}/build} to the limits of another package, after a capacity check on its node. */
    CHANGE_BUILD
}
