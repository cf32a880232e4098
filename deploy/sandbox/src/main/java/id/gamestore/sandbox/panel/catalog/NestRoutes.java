package id.gamestore.sandbox.panel.catalog;

import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Read-only nests and eggs; filters and sorts are ignored here, eggs of a nest are not paginated. */
public final class NestRoutes {
    private final PanelContext ctx;
    private final PanelState state;

    public NestRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        r.app("GET", "/nests", "nests", ApiKey.READ, this::list);
        r.app("GET", "/nests/{nest}", "nests", ApiKey.READ, this::view);
        r.app("GET", "/nests/{nest}/eggs", "eggs", ApiKey.READ, this::eggs);
        r.app("GET", "/nests/{nest}/eggs/{egg}", "eggs", ApiKey.READ, this::egg);
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(new ArrayList<>(state.nests.values()), req,
                    n -> ctx.views().infra().nest(n, inc)));
        }
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            return ApiResponse.ok(ctx.views().infra().nest(state.nests.get(req.intParam("nest")), Includes.of(req)));
        }
    }

    private ApiResponse eggs(ApiRequest req) {
        synchronized (state) {
            int nest = req.intParam("nest");
            List<Egg> eggs = state.eggs.values().stream().filter(e -> e.nestId == nest).collect(Collectors.toList());
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.plain(eggs, e -> ctx.views().infra().egg(e, inc)));
        }
    }

    private ApiResponse egg(ApiRequest req) {
        synchronized (state) {
            return ApiResponse.ok(ctx.views().infra().egg(state.eggs.get(req.intParam("egg")), Includes.of(req)));
        }
    }
}
