package id.gamestore.notification.channel;

/** What an error code carried by a {@code failed} receipt means for the delivery. */
public final class ReceiptErrors {
    private ReceiptErrors() {
    }

    public static SendOutcome classify(int code) {
        return CloudErrors.classifyReceipt(code);
    }
}
