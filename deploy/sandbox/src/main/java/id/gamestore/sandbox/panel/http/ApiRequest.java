package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.support.Json;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One authenticated panel request as handlers see it: path params, query, normalised body, key and owner. */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, String> params;
    private final JsonNode body;
    private final ApiKey key;
    private final User owner;
    private final String baseUrl;
    private byte[] rawBody = new byte[0];

    public ApiRequest(String method, String path, Map<String, List<String>> query, Map<String, String> params,
                      JsonNode body, ApiKey key, User owner, String baseUrl) {
        this.baseUrl = baseUrl;
        this.method = method;
        this.path = path;
        this.query = query;
        this.params = params;
        this.body = body == null || body.isNull() || body.isMissingNode() ? Json.object() : body;
        this.key = key;
        this.owner = owner;
    }

    public ApiRequest withRawBody(byte[] raw) {
        this.rawBody = raw == null ? new byte[0] : raw.clone();
        return this;
    }

    /** The body as received (client file writes are not JSON). */
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** The panel's base URL, no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public JsonNode body() {
        return body;
    }

    public ApiKey key() {
        return key;
    }

    public User owner() {
        return owner;
    }

    public String param(String name) {
        return params.get(name);
    }

    public int intParam(String name) {
        return Integer.parseInt(params.get(name));
    }

    /** First value of a query parameter, trimmed, with "" turned into null. */
    public String query(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String v = values.get(0).trim();
        return v.isEmpty() ? null : v;
    }

    public Map<String, List<String>> queryMap() {
        return query;
    }

    /** {@code filter[x]} parameters present in the query (value may be null = no filter). */
    public Map<String, String> filters() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        query.keySet().stream().filter(k -> k.startsWith("filter[") && k.endsWith("]"))
                .forEach(k -> out.put(k.substring(7, k.length() - 1), query(k)));
        return out;
    }

    /** Requested includes, trimmed; nested ones ({@code a.b}) kept as written. */
    public Set<String> includes() {
        String raw = query("include");
        if (raw == null) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** True when the key may read {@code resource} (used to blank forbidden includes). */
    public boolean canRead(String resource) {
        return key.allows(resource, ApiKey.READ, owner.rootAdmin);
    }
}
