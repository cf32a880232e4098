package id.gamestore.sandbox.panel.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A panel route: method, path template with {@code {param}} segments, the resource and level its key needs
 * (application routes) and the handler.
 */
public final class Route {
    public enum Api { APPLICATION, CLIENT }

    private final String method;
    private final Pattern pattern;
    private final List<String> names = new ArrayList<>();
    private final Api api;
    private final String resource;
    private final int level;
    private final Function<ApiRequest, ApiResponse> handler;

    public Route(String method, String template, Api api, String resource, int level,
                 Function<ApiRequest, ApiResponse> handler) {
        this.method = method;
        this.api = api;
        this.resource = resource;
        this.level = level;
        this.handler = handler;
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        this.pattern = Pattern.compile(regex + "/?");
    }

    /** Path parameters when the path matches, else null. */
    public Map<String, String> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), m.group(i + 1));
        }
        return params;
    }

    public String method() {
        return method;
    }

    public Api api() {
        return api;
    }

    public String resource() {
        return resource;
    }

    public int level() {
        return level;
    }

    public Function<ApiRequest, ApiResponse> handler() {
        return handler;
    }
}
