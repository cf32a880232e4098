package id.gamestore.contracts.events;

/** The ordered package: its catalog code, display name, and how many months were bought. */
public record PackageRef(String code, String name, String game, int durationMonths) {
}
