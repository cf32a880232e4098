package id.gamestore.sandbox.panel.servers;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /servers} in the panel's order: request rules (422), deployment (400), egg variables (422), insert
 * and assign allocations, the Wings call (504 leaves nothing behind), then 201 with status {@code installing}.
 * Runs under the state lock, so two concurrent creates never get the same allocation.
 */
final class ServerCreation {
    private final PanelContext ctx;
    private final PanelState state;

    ServerCreation(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        synchronized (state) {
            ServerRules.create(body, state).throwIfFailed();
            long memory = body.path("limits").path("memory").asLong();
            long disk = body.path("limits").path("disk").asLong();
            List<Allocation> allocations = new ArrayList<>();
            JsonNode deploy = body.get("deploy");
            if (deploy != null && !deploy.isNull()) {
                List<Integer> locations = new ArrayList<>();
                deploy.path("locations").forEach(n -> locations.add(n.asInt()));
                List<String> ports = new ArrayList<>();
                deploy.path("port_range").forEach(n -> ports.add(n.asText()));
                List<Node> nodes = Deployment.requireNodes(state, locations, memory, disk);
                allocations.add(Deployment.pickAllocation(state, nodes, ports,
                        deploy.path("dedicated_ip").asBoolean(false)));
            } else {
                allocations.add(state.allocations.get(body.path("allocation").path("default").asInt()));
                body.path("allocation").path("additional").forEach(n -> allocations.add(state.allocations.get(n.asInt())));
            }
            Egg egg = state.eggs.get(body.get("egg").asInt());
            Validator vars = new Validator(body);
            Map<String, String> values = EggVariableRules.validate(egg, body.get("environment"), vars);
            vars.throwIfFailed();
            ctx.callWings(req);
            Server s = build(body, egg, allocations.get(0), values);
            allocations.forEach(a -> a.serverId = s.id);
            state.servers.put(s.id, s);
            ctx.installs().begin(s, ctx.faults().takeInstallFailure(), false);
            return ApiResponse.created(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }

    private Server build(JsonNode body, Egg egg, Allocation primary, Map<String, String> values) {
        Server s = new Server();
        s.id = state.nextServerId();
        s.uuid = UUID.randomUUID().toString();
        s.identifier = s.uuid.substring(0, 8);
        s.externalId = ServerRoutes.text(body, "external_id");
        s.name = ServerRoutes.text(body, "name");
        String description = ServerRoutes.text(body, "description");
        s.description = description == null ? "" : description;
        s.userId = body.get("user").asInt();
        s.nodeId = primary.nodeId;
        s.allocationId = primary.id;
        s.eggId = egg.id;
        s.nestId = egg.nestId;
        JsonNode limits = body.get("limits");
        s.memory = limits.path("memory").asLong();
        s.swap = limits.path("swap").asLong();
        s.disk = limits.path("disk").asLong();
        s.io = limits.path("io").asLong();
        s.cpu = limits.path("cpu").asLong();
        s.threads = ServerRoutes.text(limits, "threads");
        s.oomDisabled = body.path("oom_disabled").asBoolean(true);
        JsonNode features = body.get("feature_limits");
        s.databaseLimit = features.path("databases").isNull() ? 0 : features.path("databases").asInt(0);
        s.backupLimit = features.path("backups").isNull() ? 0 : features.path("backups").asInt(0);
        s.allocationLimit = features.path("allocations").asInt(0);
        s.image = ServerRoutes.text(body, "docker_image");
        s.startup = ServerRoutes.text(body, "startup");
        s.skipScripts = body.path("skip_scripts").asBoolean(false);
        s.startOnCompletion = body.path("start_on_completion").asBoolean(false);
        s.variables.putAll(values);
        s.createdAt = PanelTime.now();
        s.updatedAt = s.createdAt;
        return s;
    }
}
