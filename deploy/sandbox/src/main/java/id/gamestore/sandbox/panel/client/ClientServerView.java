package id.gamestore.sandbox.panel.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.support.Json;

/**
 * The client API's server object ({@code GET /api/client/servers/{server}}, the panel's client ServerTransformer):
 * limits, status with the deprecated {@code is_suspended}/{@code is_installing}, and the allocations relationship
 * (included by default; a root-admin key sees every allocation). Call while holding the state lock.
 */
final class ClientServerView {
    private ClientServerView() {
    }

    static ObjectNode of(PanelState state, Server s, User viewer) {
        Node node = state.nodes.get(s.nodeId);
        ObjectNode a = Json.object();
        a.put("server_owner", viewer.id == s.userId);
        a.put("identifier", s.identifier);
        a.put("internal_id", s.id);
        a.put("uuid", s.uuid);
        a.put("name", s.name);
        a.put("node", node == null ? null : node.name);
        a.put("is_node_under_maintenance", node != null && node.maintenanceMode);
        ObjectNode sftp = a.putObject("sftp_details");
        sftp.put("ip", node == null ? null : node.fqdn);
        sftp.put("port", 2022);
        a.put("description", s.description);
        ObjectNode limits = a.putObject("limits");
        limits.put("memory", s.memory);
        limits.put("swap", s.swap);
        limits.put("disk", s.disk);
        limits.put("io", s.io);
        limits.put("cpu", s.cpu);
        limits.put("threads", s.threads);
        limits.put("oom_disabled", s.oomDisabled);
        a.put("invocation", s.startup);
        a.put("docker_image", s.image);
        a.putArray("egg_features");
        ObjectNode features = a.putObject("feature_limits");
        features.put("databases", s.databaseLimit);
        features.put("allocations", s.allocationLimit);
        features.put("backups", s.backupLimit);
        a.put("status", s.status);
        a.put("is_suspended", "suspended".equals(s.status));
        a.put("is_installing", !s.installed());
        a.put("is_transferring", false);
        ObjectNode allocations = a.putObject("relationships").putObject("allocations");
        allocations.put("object", "list");
        ArrayNode data = allocations.putArray("data");
        for (Allocation al : state.allocationsOfServer(s.id)) {
            ObjectNode item = data.addObject();
            item.put("object", "allocation");
            ObjectNode at = item.putObject("attributes");
            at.put("id", al.id);
            at.put("ip", al.ip);
            at.put("ip_alias", al.alias);
            at.put("port", al.port);
            at.put("notes", al.notes);
            at.put("is_default", al.id == s.allocationId);
        }
        ObjectNode body = Json.object();
        body.put("object", "server");
        body.set("attributes", a);
        return body;
    }
}
