package id.gamestore.provisioning.placement;

/**
 * No node has room for the package. {@link #mayFreeUp()} is true when other jobs hold reservations that might be
 * released (their jobs may still fail), so waiting can help.
 */
public class NoCapacityException extends RuntimeException {
    private final boolean mayFreeUp;

    public NoCapacityException(String explanation, boolean mayFreeUp) {
        super(explanation);
        this.mayFreeUp = mayFreeUp;
    }

    public boolean mayFreeUp() {
        return mayFreeUp;
    }
}
