package id.gamestore.sandbox.whatsapp.faults;

/** What happens to messages for one recipient after the API accepted them. */
public enum RecipientOutcome {
    /** sent, delivered, read. */
    NORMAL,
    /** {@code failed} with 131026: not on WhatsApp, old app, or has blocked the business (never disclosed). */
    UNDELIVERABLE,
    /** {@code failed} with 131049: Meta chose not to deliver. */
    ECOSYSTEM_LIMIT,
    /** {@code sent} and then nothing: the phone is off or the customer blocked us. */
    NEVER_DELIVERED,
    /** {@code sent} and {@code delivered}, never {@code read}: read receipts are off. */
    READ_RECEIPTS_OFF
}
