package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.support.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** spatie/laravel-query-builder and Fractal list behaviour: filters, sorts, pagination and the list envelope. */
public final class Listing {
    private Listing() {
    }

    /** Partial, case-insensitive LIKE %value% filter on a string column; a comma splits into OR-ed parts. */
    public static <T> BiPredicate<T, String> partial(Function<T, String> column) {
        return (item, value) -> {
            String col = column.apply(item);
            if (col == null) {
                return false;
            }
            return Arrays.stream(value.split(",")).anyMatch(part -> like(col, part));
        };
    }

    /** Exact match (node allocation ip/port filters). */
    public static <T> BiPredicate<T, String> exact(Function<T, String> column) {
        return (item, value) -> Arrays.stream(value.split(",")).anyMatch(p -> p.equals(column.apply(item)));
    }

    static boolean like(String column, String value) {
        StringBuilder regex = new StringBuilder(".*");
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append(".*");
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(column.toLowerCase(Locale.ROOT)).matches();
    }

    /** Applies {@code filter[...]}; unknown keys are a 400 InvalidFilterQuery, empty values filter nothing. */
    public static <T> List<T> filter(List<T> items, ApiRequest req, Map<String, BiPredicate<T, String>> allowed) {
        Map<String, String> filters = req.filters();
        List<String> unknown = filters.keySet().stream().filter(k -> !allowed.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("InvalidFilterQuery", "Requested filter(s) `" + String.join(", ", unknown)
                    + "` are not allowed. Allowed filter(s) are `" + String.join(", ", allowed.keySet()) + "`.");
        }
        List<T> out = new ArrayList<>(items);
        filters.forEach((k, v) -> {
            if (v != null) {
                out.removeIf(item -> !allowed.get(k).test(item, v));
            }
        });
        return out;
    }

    /** Applies {@code sort=a,-b}; unknown fields are a 400 InvalidSortQuery. */
    public static <T> List<T> sort(List<T> items, ApiRequest req, Map<String, Comparator<T>> allowed) {
        String raw = req.query("sort");
        if (raw == null) {
            return items;
        }
        List<String> fields = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = fields.stream().map(f -> f.startsWith("-") ? f.substring(1) : f)
                .filter(f -> !allowed.containsKey(f)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("InvalidSortQuery", "Requested sort(s) `" + String.join(", ", unknown)
                    + "` is not allowed. Allowed sort(s) are `" + String.join(", ", allowed.keySet()) + "`.");
        }
        Comparator<T> cmp = null;
        for (String f : fields) {
            Comparator<T> c = f.startsWith("-") ? allowed.get(f.substring(1)).reversed() : allowed.get(f);
            cmp = cmp == null ? c : cmp.thenComparing(c);
        }
        List<T> out = new ArrayList<>(items);
        out.sort(cmp);
        return out;
    }

    public static <T> Map<String, BiPredicate<T, String>> filters(Object... pairs) {
        return pairsToMap(pairs);
    }

    public static <T> Map<String, Comparator<T>> sorts(Object... pairs) {
        return pairsToMap(pairs);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> pairsToMap(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }

    /** The paginated list envelope: per_page default 50, 0 or junk -> 15, no maximum; page junk -> 1. */
    public static <T> ObjectNode paginate(List<T> items, ApiRequest req, Function<T, ObjectNode> itemEnvelope) {
        int perPage = parsePerPage(req.query("per_page"));
        int page = parsePage(req.query("page"));
        int total = items.size();
        int totalPages = Math.max(1, (int) Math.ceil(total / (double) perPage));
        int from = (int) Math.min((long) (page - 1) * perPage, total);
        int to = Math.min(from + perPage, total);
        ObjectNode list = plain(items.subList(from, to), itemEnvelope);
        ObjectNode pagination = list.putObject("meta").putObject("pagination");
        pagination.put("total", total);
        pagination.put("count", to - from);
        pagination.put("per_page", perPage);
        pagination.put("current_page", page);
        pagination.put("total_pages", totalPages);
        ObjectNode links = pagination.putObject("links");
        String base = req.baseUrl() + req.path();
        if (page > 1) {
            links.put("previous", base + "?page=" + (page - 1));
        }
        if (page < totalPages) {
            links.put("next", base + "?page=" + (page + 1));
        }
        return list;
    }

    /** An unpaginated list: {@code {"object":"list","data":[...]}}. */
    public static <T> ObjectNode plain(List<T> items, Function<T, ObjectNode> itemEnvelope) {
        ObjectNode list = Json.object();
        list.put("object", "list");
        ArrayNode data = list.putArray("data");
        items.stream().map(itemEnvelope).collect(Collectors.toList()).forEach(data::add);
        return list;
    }

    static int parsePerPage(String raw) {
        if (raw == null) {
            return 50;
        }
        try {
            int v = (int) Double.parseDouble(raw);
            return v <= 0 ? 15 : v;
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    static int parsePage(String raw) {
        try {
            int v = raw == null ? 1 : Integer.parseInt(raw);
            return v < 1 ? 1 : v;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code {"object":type,"attributes":attrs}}. */
    public static ObjectNode item(String type, ObjectNode attributes) {
        ObjectNode node = Json.object();
        node.put("object", type);
        node.set("attributes", attributes);
        return node;
    }

    public static ObjectNode nullResource() {
        ObjectNode node = Json.object();
        node.put("object", "null_resource");
        node.putNull("attributes");
        return node;
    }
}
