package id.gamestore.sandbox.panel;

import id.gamestore.sandbox.panel.model.Server;
import java.util.List;
import java.util.Map;

/** Read-only snapshot of a server: status null = installed, plus its power state and allocations. */
public record PanelServer(int id, String externalId, String uuid, String identifier, String name, String status,
                          int userId, int nodeId, int allocationId, List<Integer> allocationIds, int nestId, int eggId,
                          long memory, long disk, long cpu, String image, String startup,
                          Map<String, String> variables, String powerState) {
    static PanelServer of(Server s, List<Integer> allocationIds) {
        return new PanelServer(s.id, s.externalId, s.uuid, s.identifier, s.name, s.status, s.userId, s.nodeId,
                s.allocationId, List.copyOf(allocationIds), s.nestId, s.eggId, s.memory, s.disk, s.cpu, s.image,
                s.startup, Map.copyOf(s.variables), s.powerState);
    }

    public boolean installing() {
        return "installing".equals(status);
    }
}
