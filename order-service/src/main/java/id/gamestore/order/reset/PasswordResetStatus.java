package id.gamestore.order.reset;

/** {@code REQUESTED -> COMPLETED | FAILED}; a late {@code credentials.reset} may still complete a FAILED request. */
public enum PasswordResetStatus {
    REQUESTED,
    COMPLETED,
    FAILED
}
