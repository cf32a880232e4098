package id.gamestore.order.ordering;

/** A provisioned server's state in its term: running, suspended (expired or by the admin), or deleted. */
public enum ServiceState {
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
