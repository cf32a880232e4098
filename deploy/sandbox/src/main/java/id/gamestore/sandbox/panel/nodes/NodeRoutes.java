package id.gamestore.sandbox.panel.nodes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.servers.Deployment;
import id.gamestore.sandbox.panel.view.Includes;
import id.gamestore.sandbox.support.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code /api/application/nodes}: list, deployable, view, configuration; writes and allocations elsewhere. */
public final class NodeRoutes {
    private final PanelContext ctx;
    private final PanelState state;

    public NodeRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        r.app("GET", "/nodes", "nodes", ApiKey.READ, this::list);
        r.app("GET", "/nodes/deployable", "nodes", ApiKey.READ, this::deployable);
        r.app("GET", "/nodes/{node}", "nodes", ApiKey.READ, this::view);
        r.app("GET", "/nodes/{node}/configuration", "nodes", ApiKey.READ, this::configuration);
        new NodeWriteRoutes(ctx).register(r);
        new AllocationRoutes(ctx).register(r);
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            List<Node> nodes = Listing.filter(new ArrayList<>(state.nodes.values()), req, Listing.filters(
                    "uuid", Listing.<Node>partial(n -> n.uuid),
                    "name", Listing.<Node>partial(n -> n.name),
                    "fqdn", Listing.<Node>partial(n -> n.fqdn),
                    "daemon_token_id", Listing.<Node>partial(n -> n.daemonTokenId)));
            nodes = Listing.sort(nodes, req, Listing.sorts(
                    "id", Comparator.<Node>comparingInt(n -> n.id),
                    "uuid", Comparator.<Node, String>comparing(n -> n.uuid),
                    "memory", Comparator.<Node>comparingLong(n -> n.memory),
                    "disk", Comparator.<Node>comparingLong(n -> n.disk)));
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(nodes, req, n -> ctx.views().infra().node(n, inc)));
        }
    }

    private ApiResponse deployable(ApiRequest req) {
        synchronized (state) {
            Validator v = new Validator(queryBody(req));
            v.field("memory").required().integer().min(0);
            v.field("disk").required().integer().min(0);
            v.throwIfFailed();
            List<Integer> locations = new ArrayList<>();
            req.queryMap().forEach((k, values) -> {
                if (k.startsWith("location_ids")) {
                    values.stream().filter(x -> x.matches("\\d+")).forEach(x -> locations.add(Integer.parseInt(x)));
                }
            });
            List<Node> nodes = Deployment.requireNodes(state, locations, Long.parseLong(req.query("memory")),
                    Long.parseLong(req.query("disk")));
            Includes inc = Includes.of(req);
            java.util.function.Function<Node, ObjectNode> view = n -> {
                ObjectNode item = ctx.views().infra().node(n, inc);
                ObjectNode attrs = (ObjectNode) item.get("attributes");
                attrs.put("sum_memory", state.allocatedMemory(n.id));
                attrs.put("sum_disk", state.allocatedDisk(n.id));
                return item;
            };
            return ApiResponse.ok(req.query("page") == null ? Listing.plain(nodes, view)
                    : Listing.paginate(nodes, req, view));
        }
    }

    private static ObjectNode queryBody(ApiRequest req) {
        ObjectNode body = Json.object();
        if (req.query("memory") != null) {
            body.put("memory", req.query("memory"));
        }
        if (req.query("disk") != null) {
            body.put("disk", req.query("disk"));
        }
        return body;
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            return ApiResponse.ok(ctx.views().infra().node(state.nodes.get(req.intParam("node")), Includes.of(req)));
        }
    }

    private ApiResponse configuration(ApiRequest req) {
        synchronized (state) {
            Node n = state.nodes.get(req.intParam("node"));
            if (n == null) {
                throw ApiException.notFound();
            }
            ObjectNode config = Json.object();
            config.put("debug", false);
            config.put("uuid", n.uuid);
            config.put("token_id", n.daemonTokenId);
            config.put("token", "sandbox-daemon-token-" + n.id);
            ObjectNode api = config.putObject("api");
            api.put("host", "0.0.0.0");
            api.put("port", n.daemonListen);
            api.put("upload_limit", n.uploadSize);
            ObjectNode system = config.putObject("system");
            system.put("data", n.daemonBase);
            system.putObject("sftp").put("bind_port", n.daemonSftp);
            config.putArray("allowed_mounts");
            config.put("remote", req.baseUrl());
            return ApiResponse.ok(config);
        }
    }
}
