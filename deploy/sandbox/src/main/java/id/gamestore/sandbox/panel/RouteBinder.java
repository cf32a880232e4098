package id.gamestore.sandbox.panel;

import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.Route;
import id.gamestore.sandbox.panel.model.Allocation;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.model.User;
import java.util.Map;
import java.util.TreeMap;

/** Route-model binding: numeric ids that must exist (404 otherwise); eggs in their nest, allocations on their node. */
final class RouteBinder {
    private final PanelState state;

    RouteBinder(PanelState state) {
        this.state = state;
    }

    void bind(Route route, Map<String, String> params, User owner) {
        synchronized (state) {
            if (route.api() == Route.Api.CLIENT) {
                if (!params.containsKey("server")) {
                    return;
                }
                Server s = state.serverByIdentifier(params.get("server")).orElseThrow(ApiException::notFound);
                if (!owner.rootAdmin && s.userId != owner.id) {
                    throw ApiException.notFound();
                }
                return;
            }
            check(params, "user", state.users);
            check(params, "server", state.servers);
            check(params, "node", state.nodes);
            check(params, "location", state.locations);
            check(params, "nest", state.nests);
            check(params, "egg", state.eggs);
            check(params, "allocation", state.allocations);
            if (params.containsKey("egg")) {
                Egg egg = state.eggs.get(Integer.parseInt(params.get("egg")));
                if (params.containsKey("nest") && egg.nestId != Integer.parseInt(params.get("nest"))) {
                    throw ApiException.notFound();
                }
            }
            if (params.containsKey("allocation") && params.containsKey("node")) {
                Allocation a = state.allocations.get(Integer.parseInt(params.get("allocation")));
                if (a.nodeId != Integer.parseInt(params.get("node"))) {
                    throw ApiException.notFound();
                }
            }
        }
    }

    private static void check(Map<String, String> params, String name, TreeMap<Integer, ?> table) {
        String raw = params.get(name);
        if (raw == null) {
            return;
        }
        if (!raw.matches("\\d{1,9}") || !table.containsKey(Integer.parseInt(raw))) {
            throw ApiException.notFound();
        }
    }
}
