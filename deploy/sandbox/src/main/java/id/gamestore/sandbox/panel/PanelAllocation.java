package id.gamestore.sandbox.panel;

import id.gamestore.sandbox.panel.model.Allocation;

/** Read-only snapshot of an allocation; {@code serverId} null = free. */
public record PanelAllocation(int id, int nodeId, String ip, int port, Integer serverId) {
    static PanelAllocation of(Allocation a) {
        return new PanelAllocation(a.id, a.nodeId, a.ip, a.port, a.serverId);
    }
}
