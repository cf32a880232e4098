package id.gamestore.sandbox.panel.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Location;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code /api/application/locations}: list, view, create, update, delete. */
public final class LocationRoutes {
    private final PanelContext ctx;
    private final PanelState state;

    public LocationRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        r.app("GET", "/locations", "locations", ApiKey.READ, this::list);
        r.app("GET", "/locations/{location}", "locations", ApiKey.READ, this::view);
        r.app("POST", "/locations", "locations", ApiKey.WRITE, req -> save(req, null));
        r.app("PATCH", "/locations/{location}", "locations", ApiKey.WRITE,
                req -> save(req, state.locations.get(req.intParam("location"))));
        r.app("DELETE", "/locations/{location}", "locations", ApiKey.WRITE, this::delete);
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            List<Location> items = Listing.filter(new ArrayList<>(state.locations.values()), req, Listing.filters(
                    "short", Listing.<Location>partial(l -> l.shortCode),
                    "long", Listing.<Location>partial(l -> l.longName)));
            items = Listing.sort(items, req, Listing.sorts("id", Comparator.<Location>comparingInt(l -> l.id)));
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(items, req, l -> ctx.views().infra().location(l, inc)));
        }
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            return ApiResponse.ok(ctx.views().infra().location(state.locations.get(req.intParam("location")),
                    Includes.of(req)));
        }
    }

    private ApiResponse save(ApiRequest req, Location existing) {
        synchronized (state) {
            JsonNode body = req.body();
            Validator v = new Validator(body);
            v.field("short").required().string().lengthBetween(1, 60).unique(s -> state.locations.values().stream()
                    .anyMatch(l -> l != existing && l.shortCode.equalsIgnoreCase(s)));
            v.field("long").nullable().string().lengthBetween(1, 191);
            v.throwIfFailed();
            Location l = existing == null ? new Location() : existing;
            if (existing == null) {
                l.id = state.locations.isEmpty() ? 1 : state.locations.lastKey() + 1;
                l.createdAt = PanelTime.now();
            }
            l.shortCode = body.get("short").asText();
            l.longName = body.hasNonNull("long") ? body.get("long").asText() : null;
            l.updatedAt = PanelTime.now();
            state.locations.put(l.id, l);
            ObjectNode item = ctx.views().infra().location(l, Includes.of(req));
            if (existing != null) {
                return ApiResponse.ok(item);
            }
            item.putObject("meta").put("resource", req.baseUrl() + "/api/application/locations/" + l.id);
            return ApiResponse.created(item);
        }
    }

    private ApiResponse delete(ApiRequest req) {
        synchronized (state) {
            int id = req.intParam("location");
            if (state.nodes.values().stream().anyMatch(n -> n.locationId == id)) {
                throw ApiException.badRequest("HasActiveNodesException",
                        "Cannot delete a location that has active nodes attached to it.");
            }
            state.locations.remove(id);
            return ApiResponse.noContent();
        }
    }
}
