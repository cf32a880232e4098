package id.gamestore.provisioning.account;

/** What became of the last password this product set for a customer's panel user. */
public enum PasswordState {
    /** No password of ours that the customer may hold. */
    NONE,
    /** Being set by the holder; its event is not written yet. */
    ISSUED,
    /** Written to the outbox in a completed or reset event; whether it reached the customer is not known yet. */
    SENT,
    /** The message that carried it was delivered to the customer's device. */
    ARRIVED,
    /** It will never reach the customer (the job failed, or the message failed for good). */
    LOST
}
