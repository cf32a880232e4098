package id.gamestore.contracts.events;

/**
 * One port of the server.
 *
 * @param ip      the address the port listens on (the node's public address, or an alias)
 * @param port    the port
 * @param purpose {@code game} for the primary allocation; for an additional one the egg variable it was given to
 *                ({@code QUERY_PORT}, {@code RCON_PORT}), or {@code extra} when the package names none
 */
public record ServerPort(String ip, int port, String purpose) {
    public static final String GAME = "game";
    public static final String EXTRA = "extra";
}
