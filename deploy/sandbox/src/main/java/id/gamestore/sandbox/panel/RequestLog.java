package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Every panel request received (never keys, never bodies apart from one field): method, path, status, key owner's
 * username, time, and for {@code POST /api/application/users} and {@code POST /api/application/servers} the body's
 * {@code external_id} as {@code subject}, so that a benchmark can tell which customer or order a create was for.
 */
public final class RequestLog {
    private static final Set<String> SUBJECT_PATHS = Set.of("/api/application/users", "/api/application/servers");
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /**
     * One recorded request. {@code status} is what the panel decided (0 = nothing was decided: a timeout or reset
     * fault); {@code dropped} = the connection was closed without sending it; {@code subject} = the created
     * resource's {@code external_id} for the two creates above, null otherwise.
     */
    public record Entry(String method, String path, int status, String keyOwner, Instant at, boolean dropped,
                        String subject) {
        public String key() {
            return method + " " + path + " " + status;
        }
    }

    public void record(String method, String path, int status, String keyOwner, boolean dropped, String subject) {
        entries.add(new Entry(method, path, status, keyOwner, Instant.now(), dropped, subject));
    }

    /**
     * The subject recorded for a request: the body's {@code external_id} (a string, at most 191 characters) for
     * {@code POST /api/application/users} and {@code POST /api/application/servers}; null for anything else, so no
     * other body field (a password, a startup command) can ever reach the log.
     */
    public static String subjectOf(String method, String path, JsonNode body) {
        if (!"POST".equals(method) || body == null || !SUBJECT_PATHS.contains(stripSlash(path))) {
            return null;
        }
        JsonNode external = body.get("external_id");
        if (external == null || !external.isTextual() || external.asText().length() > 191) {
            return null;
        }
        return external.asText();
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    public void clear() {
        entries.clear();
    }

    /** Counts per "METHOD path status". */
    public Map<String, Long> counts() {
        return entries.stream().collect(Collectors.groupingBy(Entry::key, TreeMap::new, Collectors.counting()));
    }

    public long count(String method, String path) {
        return entries.stream().filter(e -> e.method.equals(method) && e.path.equals(path)).count();
    }

    public long count(String method, String path, int status) {
        return entries.stream().filter(e -> e.method.equals(method) && e.path.equals(path) && e.status == status)
                .count();
    }
}
