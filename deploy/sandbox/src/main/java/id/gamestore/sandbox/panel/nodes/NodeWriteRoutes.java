package id.gamestore.sandbox.panel.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Passwords;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code POST /nodes} (201 + meta.resource), {@code PATCH /nodes/{id}}, {@code DELETE /nodes/{id}} (section 6.4). */
final class NodeWriteRoutes {
    private static final Pattern NAME = Pattern.compile("^[\\w .-]{1,100}$");
    private final PanelContext ctx;
    private final PanelState state;

    NodeWriteRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    void register(Router r) {
        r.app("POST", "/nodes", "nodes", ApiKey.WRITE, req -> save(req, null));
        r.app("PATCH", "/nodes/{node}", "nodes", ApiKey.WRITE, req -> save(req, state.nodes.get(req.intParam("node"))));
        r.app("DELETE", "/nodes/{node}", "nodes", ApiKey.WRITE, this::delete);
    }

    private ApiResponse save(ApiRequest req, Node existing) {
        synchronized (state) {
            JsonNode body = req.body();
            validate(body);
            Node n = existing == null ? new Node() : existing;
            if (existing == null) {
                n.id = state.nodes.isEmpty() ? 1 : state.nodes.lastKey() + 1;
                n.uuid = UUID.randomUUID().toString();
                n.daemonTokenId = Passwords.random(16);
                n.createdAt = PanelTime.now();
            }
            n.name = body.get("name").asText();
            n.description = body.hasNonNull("description") ? body.get("description").asText() : null;
            n.locationId = body.get("location_id").asInt();
            n.fqdn = body.get("fqdn").asText();
            n.scheme = body.get("scheme").asText();
            n.isPublic = body.path("public").asBoolean(existing == null || existing.isPublic);
            n.behindProxy = body.path("behind_proxy").asBoolean(n.behindProxy);
            n.maintenanceMode = body.path("maintenance_mode").asBoolean(n.maintenanceMode);
            n.memory = body.get("memory").asLong();
            n.memoryOverallocate = body.get("memory_overallocate").asLong();
            n.disk = body.get("disk").asLong();
            n.diskOverallocate = body.get("disk_overallocate").asLong();
            n.uploadSize = body.path("upload_size").asInt(n.uploadSize);
            n.daemonListen = body.get("daemon_listen").asInt();
            n.daemonSftp = body.get("daemon_sftp").asInt();
            if (body.hasNonNull("daemon_base")) {
                n.daemonBase = body.get("daemon_base").asText();
            }
            if (body.path("reset_secret").asBoolean(false)) {
                n.daemonTokenId = Passwords.random(16);
            }
            n.updatedAt = PanelTime.now();
            state.nodes.put(n.id, n);
            ObjectNode item = ctx.views().infra().node(n, Includes.of(req));
            if (existing != null) {
                return ApiResponse.ok(item);
            }
            item.putObject("meta").put("resource", req.baseUrl() + "/api/application/nodes/" + n.id);
            return ApiResponse.created(item);
        }
    }

    private void validate(JsonNode body) {
        Validator v = new Validator(body);
        v.field("name").required().string().regex(NAME);
        v.field("description").nullable().string();
        v.field("location_id").required().integer().exists(x -> state.locations.containsKey(x.asInt()));
        v.field("public").bool();
        v.field("fqdn").required().string();
        v.field("scheme").required();
        v.field("behind_proxy").bool();
        v.field("memory").required().numeric().min(1);
        v.field("memory_overallocate").required().numeric().min(-1);
        v.field("disk").required().numeric().min(1);
        v.field("disk_overallocate").required().numeric().min(-1);
        v.field("upload_size").integer().between(1, 1024);
        v.field("daemon_base").nullable().string().regex(Pattern.compile("^/"));
        v.field("daemon_sftp").required().numeric().between(1, 65535);
        v.field("daemon_listen").required().numeric().between(1, 65535);
        v.field("maintenance_mode").bool();
        v.throwIfFailed();
    }

    private ApiResponse delete(ApiRequest req) {
        synchronized (state) {
            int id = req.intParam("node");
            if (!state.serversOnNode(id).isEmpty()) {
                throw ApiException.badRequest("HasActiveServersException",
                        "A node must have no servers linked to it in order to be deleted.");
            }
            state.allocations.values().removeIf(a -> a.nodeId == id);
            state.nodes.remove(id);
            return ApiResponse.noContent();
        }
    }
}
