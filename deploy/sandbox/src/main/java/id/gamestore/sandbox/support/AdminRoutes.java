package id.gamestore.sandbox.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A face's admin route table: exact {@code "METHOD path"} routes, then routes whose path captures one id. */
public final class AdminRoutes {
    /** What an admin route does; it answers on the call's exchange. */
    @FunctionalInterface
    public interface Action {
        void run(AdminCall call) throws IOException;
    }

    private final Map<String, Action> exact = new LinkedHashMap<>();
    private final Map<Pattern, Action> withId = new LinkedHashMap<>();

    public AdminRoutes on(String method, String path, Action action) {
        exact.put(method + " " + path, action);
        return this;
    }

    /** {@code pathRegex} has one capturing group, read back through {@link AdminCall#id()}. */
    public AdminRoutes onId(String method, String pathRegex, Action action) {
        withId.put(Pattern.compile(Pattern.quote(method + " ") + pathRegex), action);
        return this;
    }

    /** Runs the route the call names; false when there is none. */
    public boolean dispatch(AdminCall call) throws IOException {
        Action action = exact.get(call.route());
        if (action != null) {
            action.run(call);
            return true;
        }
        for (Map.Entry<Pattern, Action> route : withId.entrySet()) {
            Matcher m = route.getKey().matcher(call.route());
            if (m.matches()) {
                route.getValue().run(call.withId(m.group(1)));
                return true;
            }
        }
        return false;
    }
}
