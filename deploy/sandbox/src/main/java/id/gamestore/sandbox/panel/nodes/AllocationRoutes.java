package id.gamestore.sandbox.panel.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /nodes/{node}/allocations}: list (filters ip, port, ip_alias, server_id), create (204), delete. */
final class AllocationRoutes {
    private static final Pattern RANGE = Pattern.compile("^(\\d{4,5})-(\\d{4,5})$");
    private static final Pattern PORT = Pattern.compile("^\\d{4,5}$");
    private final PanelContext ctx;
    private final PanelState state;

    AllocationRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    void register(Router r) {
        r.app("GET", "/nodes/{node}/allocations", "allocations", ApiKey.READ, this::list);
        r.app("POST", "/nodes/{node}/allocations", "allocations", ApiKey.WRITE, this::create);
        r.app("DELETE", "/nodes/{node}/allocations/{allocation}", "allocations", ApiKey.WRITE, this::delete);
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            BiPredicate<Allocation, String> serverId = (a, v) -> v.matches("\\d+")
                    ? a.serverId != null && a.serverId == Integer.parseInt(v) : !a.assigned();
            List<Allocation> items = Listing.filter(new ArrayList<>(state.allocationsOfNode(req.intParam("node"))), req,
                    Listing.filters(
                            "ip", Listing.<Allocation>exact(a -> a.ip),
                            "port", Listing.<Allocation>exact(a -> Integer.toString(a.port)),
                            "ip_alias", Listing.<Allocation>partial(a -> a.alias),
                            "server_id", serverId));
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(items, req, a -> ctx.views().infra().allocation(a, inc)));
        }
    }

    private ApiResponse create(ApiRequest req) {
        synchronized (state) {
            JsonNode body = req.body();
            Validator v = new Validator(body);
            v.field("ip").required().string();
            v.field("alias").nullable().string().maxLength(191);
            v.field("ports").required().array();
            JsonNode ports = body.path("ports");
            for (int i = 0; i < ports.size(); i++) {
                v.field("ports." + i).string();
            }
            v.throwIfFailed();
            int node = req.intParam("node");
            String ip = body.get("ip").asText();
            String alias = body.hasNonNull("alias") ? body.get("alias").asText() : null;
            List<Integer> toAdd = new ArrayList<>();
            for (JsonNode p : ports) {
                toAdd.addAll(expand(p.asText()));
            }
            for (int port : toAdd) {
                boolean exists = state.allocationsOfNode(node).stream().anyMatch(a -> a.ip.equals(ip) && a.port == port);
                if (!exists) {
                    Allocation a = new Allocation();
                    a.id = state.nextAllocationId();
                    a.nodeId = node;
                    a.ip = ip;
                    a.alias = alias;
                    a.port = port;
                    state.allocations.put(a.id, a);
                }
            }
            return ApiResponse.noContent();
        }
    }

    private static List<Integer> expand(String item) {
        List<Integer> out = new ArrayList<>();
        Matcher m = RANGE.matcher(item);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end - start + 1 > 1000) {
                throw ApiException.display("Adding more than 1000 ports in a single range at once is not supported.");
            }
            for (int p = start; p <= end; p++) {
                out.add(checkPort(p));
            }
        } else if (PORT.matcher(item).matches()) {
            out.add(checkPort(Integer.parseInt(item)));
        } else {
            throw ApiException.display("The mapping provided for " + item + " was invalid and could not be processed.");
        }
        return out;
    }

    private static int checkPort(int port) {
        if (port <= 1024 || port > 65535) {
            throw ApiException.display("Ports in an allocation must be greater than 1024 and less than or equal to 65535.");
        }
        return port;
    }

    private ApiResponse delete(ApiRequest req) {
        synchronized (state) {
            Allocation a = state.allocations.get(req.intParam("allocation"));
            if (a.assigned()) {
                throw ApiException.badRequest("ServerUsingAllocationException",
                        "Cannot delete an allocation that is currently assigned to a server.");
            }
            state.allocations.remove(a.id);
            return ApiResponse.noContent();
        }
    }
}
