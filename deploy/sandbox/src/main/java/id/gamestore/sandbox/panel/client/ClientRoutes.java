package id.gamestore.sandbox.panel.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Node;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.support.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client API parts provisioning uses, for a {@code ptlc_} key: account (the key's owner, the cheapest proof that
 * the key works), the server view, resources, power, files/write. Access follows the panel's
 * {@code AuthenticateServerAccess}: an unknown server, or one the key's owner neither owns nor administers, is 404; a
 * server in a conflicting state (suspended, node under maintenance, not installed) answers 409
 * {@code ServerStateConflictException} on every route except the server view (always answered) and resources (answered
 * for a suspended server or a node under maintenance, still 409 while installing).
 */
public final class ClientRoutes {
    private final PanelContext ctx;
    private final PanelState state;
    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    public ClientRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        r.client("GET", "/account", this::account);
        r.client("GET", "/servers/{server}", this::view);
        r.client("GET", "/servers/{server}/resources", this::resources);
        r.client("POST", "/servers/{server}/power", this::power);
        r.client("POST", "/servers/{server}/files/write", this::writeFile);
    }

    /** Files written through the client API, by server identifier then path. */
    public Map<String, String> files(String identifier) {
        return Map.copyOf(files.getOrDefault(identifier, Map.of()));
    }

    public void reset() {
        files.clear();
    }

    private Server usable(ApiRequest req) {
        return access(req, false, false);
    }

    /** The panel's AuthenticateServerAccess: who may see the server, and which routes a state conflict blocks. */
    private Server access(ApiRequest req, boolean isView, boolean isResources) {
        Server s = state.serverByIdentifier(req.param("server")).orElseThrow(ApiException::notFound);
        if (s.userId != req.owner().id && !req.owner().rootAdmin) {
            throw ApiException.notFound();
        }
        Node node = state.nodes.get(s.nodeId);
        boolean maintenance = node != null && node.maintenanceMode;
        boolean suspended = "suspended".equals(s.status);
        if (isView || (isResources && (suspended || maintenance))) {
            return s;
        }
        if (suspended) {
            throw conflict("This server is currently suspended and the functionality requested is unavailable.");
        }
        if (maintenance) {
            throw conflict("The node of this server is currently under maintenance and the functionality requested "
                    + "is unavailable.");
        }
        if (!s.installed()) {
            throw conflict("This server has not yet completed its installation process, please try again later.");
        }
        return s;
    }

    private static ApiException conflict(String detail) {
        return ApiException.of(409, "ServerStateConflictException", detail);
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            Server s = access(req, true, false);
            return ApiResponse.ok(ClientServerView.of(state, s, req.owner()));
        }
    }

    private ApiResponse account(ApiRequest req) {
        ObjectNode attrs = Json.object();
        attrs.put("id", req.owner().id);
        attrs.put("admin", req.owner().rootAdmin);
        attrs.put("username", req.owner().username);
        attrs.put("email", req.owner().email);
        attrs.put("first_name", req.owner().firstName);
        attrs.put("last_name", req.owner().lastName);
        attrs.put("language", req.owner().language);
        ObjectNode body = Json.object();
        body.put("object", "user");
        body.set("attributes", attrs);
        return ApiResponse.ok(body);
    }

    /**
     * What Wings reports: a suspended server is stopped ({@code offline}, {@code is_suspended} true); CPU, memory and
     * uptime only while the process exists (starting, running, stopping); disk use always.
     */
    private ApiResponse resources(ApiRequest req) {
        synchronized (state) {
            Server s = access(req, false, true);
            ctx.callWings(req);
            boolean suspended = "suspended".equals(s.status);
            String power = suspended ? "offline" : s.powerState;
            boolean up = !"offline".equals(power);
            ObjectNode attrs = Json.object();
            attrs.put("current_state", power);
            attrs.put("is_suspended", suspended);
            ObjectNode res = attrs.putObject("resources");
            res.put("memory_bytes", up ? s.memory * 1024 * 1024 / ("running".equals(power) ? 4 : 8) : 0);
            res.put("cpu_absolute", "running".equals(power) ? 3.5 : up ? 42.0 : 0);
            res.put("disk_bytes", 52_428_800L);
            res.put("network_rx_bytes", up ? 1024 : 0);
            res.put("network_tx_bytes", up ? 2048 : 0);
            res.put("uptime", up ? 60_000 : 0);
            ObjectNode body = Json.object();
            body.put("object", "stats");
            body.set("attributes", attrs);
            return ApiResponse.ok(body);
        }
    }

    private ApiResponse power(ApiRequest req) {
        synchronized (state) {
            Server s = usable(req);
            Validator v = new Validator(req.body());
            v.field("signal").required().string().rule("in", "The selected :attribute is invalid.",
                    n -> List.of("start", "stop", "restart", "kill").contains(n.asText()));
            v.throwIfFailed();
            ctx.callWings(req);
            String signal = req.body().get("signal").asText();
            s.powerState = signal.equals("start") || signal.equals("restart") ? "running" : "offline";
            return ApiResponse.noContent();
        }
    }

    private ApiResponse writeFile(ApiRequest req) {
        synchronized (state) {
            Server s = usable(req);
            String file = req.query("file");
            if (file == null) {
                throw ApiException.validation(List.of(
                        new ApiException.FieldError("file", "required", "The file field is required.")));
            }
            ctx.callWings(req);
            files.computeIfAbsent(s.identifier, k -> new ConcurrentHashMap<>())
                    .put(file, new String(req.rawBody(), StandardCharsets.UTF_8));
            return ApiResponse.noContent();
        }
    }
}
