package id.gamestore.provisioning.lifecycle;

/** Where a lifecycle action is. The processor picks up PENDING and RUNNING rows whose time has come. */
public enum LifecycleState {
    PENDING,
    /** Claimed by a processor (lease); a lease that ran out makes it claimable again. */
    RUNNING,
    DONE,
    FAILED
}
