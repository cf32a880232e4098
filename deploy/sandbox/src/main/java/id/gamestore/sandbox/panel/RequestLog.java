package id.gamestore.sandbox.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Every panel request received (never bodies, never keys): method, path, status, key owner's username, time. */
public final class RequestLog {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /**
     * One recorded request. {@code status} is what the panel decided (0 = nothing was decided: a timeout or reset
     * fault); {@code dropped} = the connection was closed without sending it.
     */
    public record Entry(String method, String path, int status, String keyOwner, Instant at, boolean dropped) {
        public String key() {
            return method + " " + path + " " + status;
        }
    }

    public void record(String method, String path, int status, String keyOwner, boolean dropped) {
        entries.add(new Entry(method, path, status, keyOwner, Instant.now(), dropped));
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
