package id.gamestore.sandbox.panel.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Route table; the first matching template wins, so register literal paths before {param} ones. */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public void app(String method, String template, String resource, int level,
                    Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, "/api/application" + template, Route.Api.APPLICATION, resource, level, handler));
    }

    public void client(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, "/api/client" + template, Route.Api.CLIENT, null, 0, handler));
    }

    /** The match for a request: the route and its params; 404 for an unknown path, 405 for a wrong verb. */
    public Match find(String method, String path) {
        java.util.Set<String> allowed = new java.util.LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = route.match(path);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, params);
            }
            allowed.add(route.method());
            if (route.method().equals("GET")) {
                allowed.add("HEAD");
            }
        }
        String shown = path.startsWith("/") ? path.substring(1) : path;
        if (!allowed.isEmpty()) {
            throw ApiException.of(405, "MethodNotAllowedHttpException", "The " + method
                    + " method is not supported for route " + shown + ". Supported methods: "
                    + String.join(", ", allowed) + ".");
        }
        throw ApiException.of(404, "NotFoundHttpException", "The route " + shown + " could not be found.");
    }

    /** A matched route with its params. */
    public record Match(Route route, Map<String, String> params) {
    }
}
