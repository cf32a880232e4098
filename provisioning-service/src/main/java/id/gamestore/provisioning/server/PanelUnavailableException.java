package id.gamestore.provisioning.server;

/**
 * The panel could not be asked to act (unreachable, timed out, rate-limited, key missing or refused); whether an action
 * that timed out was applied is unknown.
 */
public class PanelUnavailableException extends RuntimeException {
    private final UnavailableReason reason;

    public PanelUnavailableException(UnavailableReason reason) {
        super("the panel cannot be reached: " + reason, null, false, false);
        this.reason = reason;
    }

    public UnavailableReason reason() {
        return reason;
    }
}
