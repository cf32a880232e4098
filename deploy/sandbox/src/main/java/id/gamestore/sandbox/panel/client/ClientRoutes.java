package id.gamestore.sandbox.panel.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.support.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client API parts provisioning uses, for a {@code ptlc_} key: account (the key's owner, the cheapest proof that
 * the key works), resources, power, files/write. A server that is
 * not installed or is suspended answers 409 as the panel's server-state check does.
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
        Server s = state.serverByIdentifier(req.param("server")).orElseThrow(ApiException::notFound);
        if ("suspended".equals(s.status)) {
            throw ApiException.of(409, "ServerStateConflictException",
                    "This server is currently suspended and the functionality requested is unavailable.");
        }
        if (!s.installed()) {
            throw ApiException.of(409, "ServerStateConflictException",
                    "This server has not yet completed its installation process, please try again later.");
        }
        return s;
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

    private ApiResponse resources(ApiRequest req) {
        synchronized (state) {
            Server s = usable(req);
            ctx.callWings(req);
            boolean running = "running".equals(s.powerState);
            ObjectNode attrs = Json.object();
            attrs.put("current_state", s.powerState);
            attrs.put("is_suspended", false);
            ObjectNode res = attrs.putObject("resources");
            res.put("memory_bytes", running ? s.memory * 1024 * 1024 / 4 : 0);
            res.put("cpu_absolute", running ? 3.5 : 0);
            res.put("disk_bytes", 52_428_800L);
            res.put("network_rx_bytes", running ? 1024 : 0);
            res.put("network_tx_bytes", running ? 2048 : 0);
            res.put("uptime", running ? 60_000 : 0);
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
