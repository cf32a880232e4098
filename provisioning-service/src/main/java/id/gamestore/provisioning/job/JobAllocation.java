package id.gamestore.provisioning.job;

/**
 * One additional allocation a job holds: the panel's allocation id, the address players use, and its purpose (the
 * egg variable the port was given to, or {@code extra}).
 */
public record JobAllocation(long allocationId, String ip, int port, String purpose) {
}
