package id.gamestore.provisioning.placement;

/** Where the server goes. */
public record Placement(long nodeId, long allocationId, String ip, int port) {
}
