package id.gamestore.sandbox.panel.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.EggVariable;
import id.gamestore.sandbox.panel.model.Location;
import id.gamestore.sandbox.panel.model.Nest;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.support.Json;
import java.util.stream.Collectors;

/** Nodes, allocations, locations, nests, eggs and egg variables. Call with the state lock held. */
public final class InfraViews {
    private final PanelState state;
    private final Views views;

    InfraViews(PanelState state, Views views) {
        this.state = state;
        this.views = views;
    }

    public ObjectNode node(Node n, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", n.id);
        a.put("uuid", n.uuid);
        a.put("public", n.isPublic);
        a.put("name", n.name);
        a.put("description", n.description);
        a.put("location_id", n.locationId);
        a.put("fqdn", n.fqdn);
        a.put("scheme", n.scheme);
        a.put("behind_proxy", n.behindProxy);
        a.put("maintenance_mode", n.maintenanceMode);
        a.put("memory", n.memory);
        a.put("memory_overallocate", n.memoryOverallocate);
        a.put("disk", n.disk);
        a.put("disk_overallocate", n.diskOverallocate);
        a.put("upload_size", n.uploadSize);
        a.put("daemon_listen", n.daemonListen);
        a.put("daemon_sftp", n.daemonSftp);
        a.put("daemon_base", n.daemonBase);
        a.put("created_at", PanelTime.iso(n.createdAt));
        a.put("updated_at", PanelTime.iso(n.updatedAt));
        ObjectNode allocated = a.putObject("allocated_resources");
        allocated.put("memory", state.allocatedMemory(n.id));
        allocated.put("disk", state.allocatedDisk(n.id));
        ObjectNode rel = Json.object();
        inc.list(rel, "allocations", "allocations", () -> state.allocationsOfNode(n.id),
                al -> allocation(al, inc.under("allocations")));
        inc.single(rel, "location", "locations", () -> state.locations.get(n.locationId),
                l -> location(l, inc.under("location")));
        inc.list(rel, "servers", "servers", () -> state.serversOnNode(n.id),
                s -> views.accounts().server(s, inc.under("servers")));
        return AccountViews.withRelationships("node", a, rel);
    }

    public ObjectNode allocation(Allocation al, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", al.id);
        a.put("ip", al.ip);
        a.put("alias", al.alias);
        a.put("port", al.port);
        a.put("notes", al.notes);
        a.put("assigned", al.assigned());
        ObjectNode rel = Json.object();
        inc.single(rel, "node", "nodes", () -> state.nodes.get(al.nodeId), n -> node(n, inc.under("node")));
        inc.single(rel, "server", "servers", () -> al.serverId == null ? null : state.servers.get(al.serverId),
                s -> views.accounts().server(s, inc.under("server")));
        return AccountViews.withRelationships("allocation", a, rel);
    }

    public ObjectNode location(Location l, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", l.id);
        a.put("short", l.shortCode);
        a.put("long", l.longName);
        a.put("updated_at", PanelTime.iso(l.updatedAt));
        a.put("created_at", PanelTime.iso(l.createdAt));
        ObjectNode rel = Json.object();
        inc.list(rel, "nodes", "nodes", () -> state.nodes.values().stream()
                .filter(n -> n.locationId == l.id).collect(Collectors.toList()), n -> node(n, inc.under("nodes")));
        inc.list(rel, "servers", "servers", () -> state.servers.values().stream()
                .filter(s -> state.nodes.containsKey(s.nodeId) && state.nodes.get(s.nodeId).locationId == l.id)
                .collect(Collectors.toList()), s -> views.accounts().server(s, inc.under("servers")));
        return AccountViews.withRelationships("location", a, rel);
    }

    public ObjectNode nest(Nest n, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", n.id);
        a.put("uuid", n.uuid);
        a.put("author", n.author);
        a.put("name", n.name);
        a.put("description", n.description);
        a.put("created_at", PanelTime.iso(n.createdAt));
        a.put("updated_at", PanelTime.iso(n.updatedAt));
        ObjectNode rel = Json.object();
        inc.list(rel, "eggs", "eggs", () -> state.eggs.values().stream().filter(e -> e.nestId == n.id)
                .collect(Collectors.toList()), e -> egg(e, inc.under("eggs")));
        inc.list(rel, "servers", "servers", () -> state.servers.values().stream().filter(s -> s.nestId == n.id)
                .collect(Collectors.toList()), s -> views.accounts().server(s, inc.under("servers")));
        return AccountViews.withRelationships("nest", a, rel);
    }

    public ObjectNode egg(Egg e, Includes inc) {
        ObjectNode a = Json.object();
        a.put("id", e.id);
        a.put("uuid", e.uuid);
        a.put("name", e.name);
        a.put("nest", e.nestId);
        a.put("author", e.author);
        a.put("description", e.description);
        a.put("docker_image", e.firstImage());
        ObjectNode images = a.putObject("docker_images");
        e.dockerImages.forEach(images::put);
        ObjectNode config = a.putObject("config");
        config.putObject("files");
        config.putObject("startup").put("done", ")! For help, type ");
        config.put("stop", "stop");
        config.putObject("logs");
        config.putNull("file_denylist");
        config.putNull("extends");
        a.put("startup", e.startup);
        ObjectNode script = a.putObject("script");
        script.put("privileged", true);
        script.put("install", "#!/bin/bash\n# sandbox: installs are simulated\n");
        script.put("entry", "bash");
        script.put("container", "ghcr.io/pterodactyl/installers:alpine");
        script.putNull("extends");
        a.put("created_at", PanelTime.iso(e.createdAt));
        a.put("updated_at", PanelTime.iso(e.updatedAt));
        ObjectNode rel = Json.object();
        inc.single(rel, "nest", "nests", () -> state.nests.get(e.nestId), n -> nest(n, inc.under("nest")));
        inc.list(rel, "servers", "servers", () -> state.servers.values().stream().filter(s -> s.eggId == e.id)
                .collect(Collectors.toList()), s -> views.accounts().server(s, inc.under("servers")));
        inc.list(rel, "variables", "eggs", () -> e.variables, this::eggVariable);
        if (inc.has("config")) {
            rel.set("config", Listing.nullResource());
        }
        if (inc.has("script")) {
            rel.set("script", Listing.nullResource());
        }
        return AccountViews.withRelationships("egg", a, rel);
    }

    public ObjectNode eggVariable(EggVariable v) {
        return Listing.item("egg_variable", eggVariableAttributes(v));
    }

    ObjectNode eggVariableAttributes(EggVariable v) {
        ObjectNode a = Json.object();
        a.put("id", v.id);
        a.put("egg_id", v.eggId);
        a.put("name", v.name);
        a.put("description", v.description);
        a.put("env_variable", v.envVariable);
        a.put("default_value", v.defaultValue);
        a.put("user_viewable", v.userViewable);
        a.put("user_editable", v.userEditable);
        a.put("rules", v.rules);
        a.put("created_at", PanelTime.raw(v.createdAt));
        a.put("updated_at", PanelTime.raw(v.updatedAt));
        return a;
    }
}
