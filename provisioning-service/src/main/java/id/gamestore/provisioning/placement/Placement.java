package id.gamestore.provisioning.placement;

import java.util.List;

import id.gamestore.provisioning.pterodactyl.PanelAllocation;

/**
 * Where the server goes: the node, its primary allocation, the additional allocations (in order, all on the same
 * node) and where the node serves SFTP.
 */
public record Placement(long nodeId, long allocationId, String ip, int port, List<PanelAllocation> additional,
        String sftpHost, int sftpPort) {

    public Placement {
        additional = additional == null ? List.of() : List.copyOf(additional);
    }
}
