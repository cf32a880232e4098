package id.gamestore.sandbox.panel.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.EggVariable;
import id.gamestore.sandbox.panel.model.Location;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.support.Json;
import java.util.List;

/** Users, servers and server variables as the application API renders them. Call with the state lock held. */
public final class AccountViews {
    private final PanelState state;
    private final Views views;

    AccountViews(PanelState state, Views views) {
        this.state = state;
        this.views = views;
    }

    public ObjectNode user(User u, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", u.id);
        a.put("external_id", u.externalId);
        a.put("uuid", u.uuid);
        a.put("username", u.username);
        a.put("email", u.email);
        a.put("first_name", u.firstName);
        a.put("last_name", u.lastName);
        a.put("language", u.language);
        a.put("root_admin", u.rootAdmin);
        a.put("2fa", false);
        a.put("created_at", PanelTime.iso(u.createdAt));
        a.put("updated_at", PanelTime.iso(u.updatedAt));
        ObjectNode rel = Json.object();
        inc.list(rel, "servers", "servers", () -> state.serversOfUser(u.id), s -> server(s, inc.under("servers")));
        return withRelationships("user", a, rel);
    }

    public ObjectNode server(Server s, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", s.id);
        a.put("external_id", s.externalId);
        a.put("uuid", s.uuid);
        a.put("identifier", s.identifier);
        a.put("name", s.name);
        a.put("description", s.description == null ? "" : s.description);
        a.put("status", s.status);
        a.put("suspended", "suspended".equals(s.status));
        ObjectNode limits = a.putObject("limits");
        limits.put("memory", s.memory);
        limits.put("swap", s.swap);
        limits.put("disk", s.disk);
        limits.put("io", s.io);
        limits.put("cpu", s.cpu);
        limits.put("threads", s.threads);
        limits.put("oom_disabled", s.oomDisabled);
        ObjectNode features = a.putObject("feature_limits");
        features.put("databases", s.databaseLimit);
        features.put("allocations", s.allocationLimit);
        features.put("backups", s.backupLimit);
        a.put("user", s.userId);
        a.put("node", s.nodeId);
        a.put("allocation", s.allocationId);
        a.put("nest", s.nestId);
        a.put("egg", s.eggId);
        ObjectNode container = a.putObject("container");
        container.put("startup_command", s.startup);
        container.put("image", s.image);
        container.put("installed", s.installed() ? 1 : 0);
        ObjectNode env = container.putObject("environment");
        Egg egg = state.eggs.get(s.eggId);
        if (egg != null) {
            egg.variables.forEach(v -> env.put(v.envVariable, s.variables.getOrDefault(v.envVariable, v.defaultValue)));
        }
        env.put("STARTUP", s.startup);
        Node node = state.nodes.get(s.nodeId);
        Location location = node == null ? null : state.locations.get(node.locationId);
        env.put("P_SERVER_LOCATION", location == null ? null : location.shortCode);
        env.put("P_SERVER_UUID", s.uuid);
        env.put("P_SERVER_ALLOCATION_LIMIT", s.allocationLimit == null ? 0 : s.allocationLimit);
        a.put("updated_at", PanelTime.iso(s.updatedAt));
        a.put("created_at", PanelTime.iso(s.createdAt));
        if (inc.has("transfer")) {
            throw ApiException.of(500, "HttpException",
                    "An unexpected error was encountered while processing this request, please try again.");
        }
        ObjectNode rel = Json.object();
        InfraViews infra = views.infra();
        inc.list(rel, "allocations", "allocations", () -> state.allocationsOfServer(s.id),
                al -> infra.allocation(al, inc.under("allocations")));
        inc.single(rel, "user", "users", () -> state.users.get(s.userId), u -> user(u, inc.under("user")));
        inc.list(rel, "subusers", "servers", List::of, x -> Json.object());
        inc.single(rel, "nest", "nests", () -> state.nests.get(s.nestId), n -> infra.nest(n, inc.under("nest")));
        inc.single(rel, "egg", "eggs", () -> egg, e -> infra.egg(e, inc.under("egg")));
        inc.list(rel, "variables", "servers", () -> egg == null ? List.<EggVariable>of() : egg.variables,
                v -> serverVariable(s, v, inc.under("variables")));
        inc.single(rel, "location", "locations", () -> location, l -> infra.location(l, inc.under("location")));
        inc.single(rel, "node", "nodes", () -> node, n -> infra.node(n, inc.under("node")));
        if (inc.has("databases")) {
            rel.set("databases", inc.request().canRead("server_databases")
                    ? Listing.plain(List.of(), x -> Json.object()) : Listing.nullResource());
        }
        return withRelationships("server", a, rel);
    }

    public ObjectNode serverVariable(Server s, EggVariable v, Includes inc) {
        ObjectNode a = views.infra().eggVariableAttributes(v);
        a.put("server_value", s.variables.getOrDefault(v.envVariable, v.defaultValue));
        ObjectNode rel = Json.object();
        inc.single(rel, "parent", "eggs", () -> v, views.infra()::eggVariable);
        return withRelationships("server_variable", a, rel);
    }

    static ObjectNode withRelationships(String type, ObjectNode attributes, ObjectNode relationships) {
        if (!relationships.isEmpty()) {
            attributes.set("relationships", relationships);
        }
        return Listing.item(type, attributes);
    }
}
