package id.gamestore.sandbox.panel.servers;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Server;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code /api/application/servers}: list, view, external lookup, suspend, unsuspend, reinstall, delete. */
public final class ServerRoutes {
    private final PanelContext ctx;
    private final PanelState state;

    public ServerRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        ServerCreation creation = new ServerCreation(ctx);
        ServerUpdates updates = new ServerUpdates(ctx);
        r.app("GET", "/servers", "servers", ApiKey.READ, this::list);
        r.app("GET", "/servers/external/{external_id}", "servers", ApiKey.READ, this::external);
        r.app("GET", "/servers/{server}", "servers", ApiKey.READ, this::view);
        r.app("POST", "/servers", "servers", ApiKey.WRITE, creation::create);
        r.app("PATCH", "/servers/{server}/details", "servers", ApiKey.WRITE, updates::details);
        r.app("PATCH", "/servers/{server}/build", "servers", ApiKey.WRITE, updates::build);
        r.app("PATCH", "/servers/{server}/startup", "servers", ApiKey.WRITE, updates::startup);
        r.app("POST", "/servers/{server}/suspend", "servers", ApiKey.WRITE, req -> suspension(req, true));
        r.app("POST", "/servers/{server}/unsuspend", "servers", ApiKey.WRITE, req -> suspension(req, false));
        r.app("POST", "/servers/{server}/reinstall", "servers", ApiKey.WRITE, this::reinstall);
        r.app("DELETE", "/servers/{server}/force", "servers", ApiKey.WRITE, req -> delete(req, true));
        r.app("DELETE", "/servers/{server}/{other}", "servers", ApiKey.WRITE, req -> delete(req, false));
        r.app("DELETE", "/servers/{server}", "servers", ApiKey.WRITE, req -> delete(req, false));
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            List<Server> servers = Listing.filter(new ArrayList<>(state.servers.values()), req, Listing.filters(
                    "uuid", Listing.<Server>partial(s -> s.uuid),
                    "uuidShort", Listing.<Server>partial(s -> s.identifier),
                    "name", Listing.<Server>partial(s -> s.name),
                    "description", Listing.<Server>partial(s -> s.description),
                    "image", Listing.<Server>partial(s -> s.image),
                    "external_id", Listing.<Server>partial(s -> s.externalId)));
            servers = Listing.sort(servers, req, Listing.sorts(
                    "id", Comparator.<Server>comparingInt(s -> s.id),
                    "uuid", Comparator.<Server, String>comparing(s -> s.uuid)));
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(servers, req, s -> ctx.views().accounts().server(s, inc)));
        }
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            return ApiResponse.ok(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }

    private ApiResponse external(ApiRequest req) {
        synchronized (state) {
            String ext = req.param("external_id");
            Server s = state.servers.values().stream().filter(x -> ext.equals(x.externalId)).findFirst()
                    .orElseThrow(ApiException::notFound);
            return ApiResponse.ok(ctx.views().accounts().server(s, Includes.of(req)));
        }
    }

    private ApiResponse suspension(ApiRequest req, boolean suspend) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            boolean suspended = "suspended".equals(s.status);
            if (suspend == suspended) {
                return ApiResponse.noContent();
            }
            ctx.callWings(req);
            s.status = suspend ? "suspended" : null;
            if (suspend) {
                s.powerState = "offline";
            }
            s.updatedAt = PanelTime.now();
            return ApiResponse.noContent();
        }
    }

    private ApiResponse reinstall(ApiRequest req) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            ctx.callWings(req);
            s.powerState = "offline";
            ctx.installs().begin(s, ctx.faults().takeInstallFailure(), true);
            s.updatedAt = PanelTime.now();
            return ApiResponse.noContent();
        }
    }

    private ApiResponse delete(ApiRequest req, boolean force) {
        synchronized (state) {
            Server s = state.servers.get(req.intParam("server"));
            if (!force) {
                ctx.callWings(req);
            }
            state.allocationsOfServer(s.id).forEach(a -> a.serverId = null);
            state.servers.remove(s.id);
            return ApiResponse.noContent();
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
