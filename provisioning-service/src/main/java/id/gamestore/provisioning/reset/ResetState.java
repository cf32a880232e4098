package id.gamestore.provisioning.reset;

/** Where a password reset is. The processor picks up PENDING and RUNNING rows whose time has come. */
public enum ResetState {
    PENDING,
    /** Claimed by a processor (lease); a lease that ran out makes it claimable again. */
    RUNNING,
    DONE,
    FAILED
}
