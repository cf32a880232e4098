package id.gamestore.sandbox.panel.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.Listing;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.PanelTime;
import id.gamestore.sandbox.panel.model.Passwords;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.panel.view.Includes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code /api/application/users}: list, view, external lookup, create, update, delete. */
public final class UserRoutes {
    private final PanelContext ctx;
    private final PanelState state;

    public UserRoutes(PanelContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state();
    }

    public void register(Router r) {
        r.app("GET", "/users", "users", ApiKey.READ, this::list);
        r.app("GET", "/users/external/{external_id}", "users", ApiKey.READ, this::external);
        r.app("GET", "/users/{user}", "users", ApiKey.READ, this::view);
        r.app("POST", "/users", "users", ApiKey.WRITE, this::create);
        r.app("PATCH", "/users/{user}", "users", ApiKey.WRITE, this::update);
        r.app("DELETE", "/users/{user}", "users", ApiKey.WRITE, this::delete);
    }

    private ApiResponse list(ApiRequest req) {
        synchronized (state) {
            List<User> users = Listing.filter(new ArrayList<>(state.users.values()), req, Listing.filters(
                    "email", Listing.<User>partial(u -> u.email),
                    "uuid", Listing.<User>partial(u -> u.uuid),
                    "username", Listing.<User>partial(u -> u.username),
                    "external_id", Listing.<User>partial(u -> u.externalId)));
            users = Listing.sort(users, req, Listing.sorts(
                    "id", Comparator.<User>comparingInt(u -> u.id),
                    "uuid", Comparator.<User, String>comparing(u -> u.uuid)));
            Includes inc = Includes.of(req);
            return ApiResponse.ok(Listing.paginate(users, req, u -> ctx.views().accounts().user(u, inc)));
        }
    }

    private ApiResponse view(ApiRequest req) {
        synchronized (state) {
            return ApiResponse.ok(ctx.views().accounts().user(state.users.get(req.intParam("user")), Includes.of(req)));
        }
    }

    private ApiResponse external(ApiRequest req) {
        synchronized (state) {
            String ext = req.param("external_id");
            User u = state.users.values().stream().filter(x -> ext.equals(x.externalId)).findFirst()
                    .orElseThrow(ApiException::notFound);
            return ApiResponse.ok(ctx.views().accounts().user(u, Includes.of(req)));
        }
    }

    private ApiResponse create(ApiRequest req) {
        synchronized (state) {
            JsonNode body = req.body();
            UserRules.validate(body, state, null);
            User u = new User();
            u.id = state.nextUserId();
            u.uuid = UUID.randomUUID().toString();
            u.externalId = text(body, "external_id");
            u.email = text(body, "email");
            u.username = text(body, "username").toLowerCase(Locale.ROOT);
            u.firstName = text(body, "first_name");
            u.lastName = text(body, "last_name");
            u.rootAdmin = body.path("root_admin").asBoolean(false);
            String language = text(body, "language");
            u.language = language == null ? "en" : language;
            String password = text(body, "password");
            u.passwordHash = Passwords.hash(password == null ? Passwords.random(32) : password);
            u.createdAt = PanelTime.now();
            u.updatedAt = u.createdAt;
            state.users.put(u.id, u);
            ObjectNode item = ctx.views().accounts().user(u, Includes.of(req));
            item.putObject("meta").put("resource", req.baseUrl() + "/api/application/users/" + u.id);
            return ApiResponse.created(item);
        }
    }

    private ApiResponse update(ApiRequest req) {
        synchronized (state) {
            JsonNode body = req.body();
            User u = state.users.get(req.intParam("user"));
            UserRules.validate(body, state, u);
            u.email = text(body, "email");
            u.username = text(body, "username").toLowerCase(Locale.ROOT);
            u.firstName = text(body, "first_name");
            u.lastName = text(body, "last_name");
            String password = text(body, "password");
            if (password != null) {
                u.passwordHash = Passwords.hash(password);
            }
            if (body.has("external_id")) {
                u.externalId = text(body, "external_id");
            }
            if (body.has("root_admin") && !body.get("root_admin").isNull()) {
                u.rootAdmin = body.get("root_admin").asBoolean();
            }
            if (body.hasNonNull("language")) {
                u.language = text(body, "language");
            }
            u.updatedAt = PanelTime.now();
            return ApiResponse.ok(ctx.views().accounts().user(u, Includes.of(req)));
        }
    }

    private ApiResponse delete(ApiRequest req) {
        synchronized (state) {
            int id = req.intParam("user");
            if (!state.serversOfUser(id).isEmpty()) {
                throw ApiException.display("Cannot delete a user with active servers attached to their account. "
                        + "Please delete their servers before continuing.");
            }
            state.users.remove(id);
            return ApiResponse.noContent();
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
