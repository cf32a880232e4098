package id.gamestore.contracts.events;

/**
 * The ordered package: its catalog code, display name, game, how many months were bought, and what the customer
 * paid in total (IDR; null when not known).
 */
public record PackageRef(String code, String name, String game, int durationMonths, Long totalPrice) {

    /** Without the price. */
    public PackageRef(String code, String name, String game, int durationMonths) {
        this(code, name, game, durationMonths, null);
    }
}
