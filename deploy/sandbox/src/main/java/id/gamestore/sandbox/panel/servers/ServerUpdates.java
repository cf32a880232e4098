package id.gamestore.sandbox.panel.servers;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code PATCH /servers/{id}/details|build|startup} (sections 5.6 to 5.8). */
final class ServerUpdates {
    private final PanelContext ctx;
    private final PanelState state;

    ServerUpdates(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    ApiResponse details(ApiRequest req) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            JsonNode body = req.body();
            Validator v = new Validator(body);
            ServerRules.externalId(v, state, s);
            v.field("name", "Server Name").required().string().lengthBetween(1, 191);
            v.field("user", "User ID").required().integer().exists(n -> state.users.containsKey(n.asInt()));
            v.field("description").nullable().string();
            v.throwIfFailed();
            s.externalId = ServerRoutes.text(body, "external_id");
            s.name = ServerRoutes.text(body, "name");
            String description = ServerRoutes.text(body, "description");
            s.description = description == null ? "" : description;
            s.userId = body.get("user").asInt();
            s.updatedAt = PanelTime.now();
            return ApiResponse.ok(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }

    ApiResponse build(ApiRequest req) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            JsonNode body = req.body();
            boolean nested = body.has("limits") && !body.get("limits").isNull();
            Validator v = new Validator(body);
            v.field("allocation").required().integer().exists(n -> {
                Allocation a = state.allocations.get(n.asInt());
                return a != null && state.servers.values().stream().noneMatch(o -> o != s && o.allocationId == a.id);
            });
            v.field("oom_disabled").bool();
            ServerRules.limits(v, nested ? "limits." : "");
            v.field("feature_limits").required().array();
            ServerRules.featureLimits(v, "feature_limits.databases", "feature_limits.allocations",
                    "feature_limits.backups");
            v.replace("feature_limits.databases", "present", "present", "The Database Limit field must be present.");
            v.replace("feature_limits.backups", "present", "present", "The Backup Limit field must be present.");
            v.field("add_allocations", "allocations to add").array();
            v.field("remove_allocations", "allocations to remove").array();
            v.throwIfFailed();
            applyAllocations(s, body);
            JsonNode limits = nested ? body.get("limits") : body;
            s.memory = limits.path("memory").asLong();
            s.swap = limits.path("swap").asLong();
            s.disk = limits.path("disk").asLong();
            s.io = limits.path("io").asLong();
            s.cpu = limits.path("cpu").asLong();
            s.threads = ServerRoutes.text(limits, "threads");
            if (body.hasNonNull("oom_disabled")) {
                s.oomDisabled = body.get("oom_disabled").asBoolean();
            }
            JsonNode features = body.get("feature_limits");
            s.databaseLimit = features.path("databases").isNull() ? null : features.path("databases").asInt();
            s.backupLimit = features.path("backups").isNull() ? null : features.path("backups").asInt();
            s.allocationLimit = features.hasNonNull("allocations") ? features.get("allocations").asInt() : null;
            s.updatedAt = PanelTime.now();
            return ApiResponse.ok(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }

    private void applyAllocations(Server s, JsonNode body) {
        List<Allocation> added = new ArrayList<>();
        body.path("add_allocations").forEach(n -> {
            Allocation a = state.allocations.get(n.asInt());
            if (a != null && !a.assigned() && a.nodeId == s.nodeId) {
                added.add(a);
            }
        });
        List<Allocation> removed = new ArrayList<>();
        body.path("remove_allocations").forEach(n -> {
            Allocation a = state.allocations.get(n.asInt());
            if (a != null && a.serverId != null && a.serverId == s.id) {
                removed.add(a);
            }
        });
        int primary = body.get("allocation").asInt();
        if (removed.stream().anyMatch(a -> a.id == s.allocationId)) {
            if (added.isEmpty()) {
                throw ApiException.display("You are attempting to delete the default allocation for this server but "
                        + "there is no fallback allocation to use.");
            }
            primary = added.get(0).id;
        }
        int target = primary;
        boolean ownsTarget = target == s.allocationId || added.stream().anyMatch(a -> a.id == target)
                || state.allocationsOfServer(s.id).stream().anyMatch(a -> a.id == target && !removed.contains(a));
        if (!ownsTarget) {
            throw ApiException.display("The requested default allocation is not currently assigned to this server.");
        }
        added.forEach(a -> a.serverId = s.id);
        removed.stream().filter(a -> a.id != target).forEach(a -> a.serverId = null);
        s.allocationId = target;
    }

    ApiResponse startup(ApiRequest req) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            JsonNode body = req.body();
            Validator v = new Validator(body);
            v.field("startup").required().string();
            v.field("environment").present().array();
            v.field("egg").required().exists(n -> Validator.isInteger(n) && state.eggs.containsKey(n.asInt()));
            v.field("image").required().string().maxLength(191).regex(ServerRules.IMAGE);
            v.field("skip_scripts").present().bool();
            v.throwIfFailed();
            Egg egg = state.eggs.get(body.get("egg").asInt());
            JsonNode env = body.get("environment");
            if (env != null && env.isObject() && !env.isEmpty()) {
                Validator vars = new Validator(body);
                Map<String, String> values = EggVariableRules.validate(egg, env, vars);
                vars.throwIfFailed();
                s.variables.putAll(values);
            }
            s.startup = ServerRoutes.text(body, "startup");
            s.image = ServerRoutes.text(body, "image");
            s.eggId = egg.id;
            s.nestId = egg.nestId;
            s.skipScripts = body.get("skip_scripts").asBoolean(false);
            s.updatedAt = PanelTime.now();
            return ApiResponse.ok(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }
}
