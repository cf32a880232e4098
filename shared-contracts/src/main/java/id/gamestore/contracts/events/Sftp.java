package id.gamestore.contracts.events;

/**
 * Where the customer's files are reached over SFTP: the node's host and its daemon's SFTP port. The username is
 * {@code <panel username>.<server identifier>}, the password the panel's.
 */
public record Sftp(String host, int port) {
}
