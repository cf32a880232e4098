package id.gamestore.provisioning.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the resource mapping in either spelling: the plan's snake_case ({@code egg_id}, {@code startup_command},
 * {@code preferred_nodes}, ...) or the camelCase one ({@code egg}, {@code startup}, {@code preferredNodes}, ...).
 * Each key may be written either way; a package that writes one key both ways, a key that is neither, or a missing
 * required key is refused with a message naming the package and the key. A typo must not silently change a server.
 */
final class MappingParser {
    /** Every key a package may have: the camelCase name the model uses, then its snake_case spelling. */
    private static final Map<String, String> SPELLINGS = spellings(
            "name", "name", "nest", "nest_id", "egg", "egg_id", "dockerImage", "docker_image",
            "startup", "startup_command", "memory", "memory", "swap", "swap", "cpu", "cpu", "disk", "disk",
            "io", "io", "databases", "databases", "allocations", "allocations", "backups", "backups",
            "preferredNodes", "preferred_nodes", "locations", "locations", "portRanges", "port_ranges",
            "environment", "environment", "files", "files", "ports", "ports", "consecutivePorts", "consecutive_ports",
            "autoStart", "auto_start", "description", "description");
    private static final List<String> REQUIRED = List.of("egg", "memory", "cpu", "disk");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingParser() {
    }

    /** @throws MappingException naming the package and key when the mapping cannot be used as written */
    static Map<String, PackageMapping> parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new MappingException("the resource mapping is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new MappingException("the resource mapping must be a JSON object with \"packages\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!key.equals("packages")) {
                throw new MappingException("unknown top-level key \"" + key + "\" (only \"packages\" is allowed)");
            }
        }
        JsonNode packages = root.path("packages");
        if (!packages.isObject() || packages.isEmpty()) {
            throw new MappingException("the resource mapping has no packages");
        }
        Map<String, PackageMapping> parsed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = packages.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            parsed.put(entry.getKey(), parsePackage(entry.getKey(), entry.getValue()));
        }
        return parsed;
    }

    private static PackageMapping parsePackage(String code, JsonNode node) {
        String where = "packages." + code;
        if (!node.isObject()) {
            throw new MappingException(where + ": must be an object of package settings");
        }
        ObjectNode canonical = JSON.createObjectNode();
        Map<String, String> written = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = canonicalOf(field.getKey());
            if (key == null) {
                throw new MappingException(where + ": unknown key \"" + field.getKey() + "\"" + hint(field.getKey()));
            }
            String before = written.put(key, field.getKey());
            if (before != null) {
                throw new MappingException(where + ": \"" + before + "\" and \"" + field.getKey()
                        + "\" are the same key written two ways; keep one");
            }
            canonical.set(key, field.getValue());
        }
        for (String key : REQUIRED) {
            if (!canonical.hasNonNull(key)) {
                throw new MappingException(where + ": missing key \"" + SPELLINGS.get(key) + "\" (or \"" + key
                        + "\")");
            }
        }
        if (!canonical.hasNonNull("name")) {
            canonical.put("name", code);
        }
        if (!canonical.has("nest")) {
            canonical.put("nest", 0); // the nest the egg is in, found by EggCatalog
        }
        if (!canonical.has("swap")) {
            canonical.put("swap", 0);
        }
        PackageMapping mapping;
        try {
            mapping = JSON.treeToValue(canonical, PackageMapping.class);
        } catch (JsonMappingException e) {
            String key = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            throw new MappingException(where + "." + (key == null ? "?" : written.getOrDefault(key, key))
                    + ": must be " + expected(key));
        } catch (JsonProcessingException e) {
            throw new MappingException(where + ": cannot be read");
        }
        checkPorts(where, mapping);
        return mapping;
    }

    /** {@code ports} values name the n-th additional allocation: 1 .. allocations - 1. */
    private static void checkPorts(String where, PackageMapping p) {
        int additional = p.allocations() == null ? 0 : Math.max(0, p.allocations() - 1);
        for (Map.Entry<String, Integer> port : new TreeMap<>(p.ports()).entrySet()) {
            int n = port.getValue() == null ? 0 : port.getValue();
            if (n < 1 || n > additional) {
                throw new MappingException(where + ".ports." + port.getKey() + ": " + n
                        + " must name an additional allocation from 1 to " + additional
                        + " (allocations counts the primary port too, and is " + p.allocations() + ")");
            }
        }
    }

    private static String canonicalOf(String key) {
        if (SPELLINGS.containsKey(key)) {
            return key;
        }
        for (Map.Entry<String, String> e : SPELLINGS.entrySet()) {
            if (e.getValue().equals(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Names the key the writer most likely meant, when one is close. */
    private static String hint(String key) {
        String squashed = key.replace("_", "").toLowerCase();
        List<String> near = new ArrayList<>();
        for (Map.Entry<String, String> e : SPELLINGS.entrySet()) {
            String known = e.getKey().toLowerCase();
            if (distance(squashed, known) <= 2 || known.startsWith(squashed) && squashed.length() >= 3) {
                near.add(key.contains("_") ? e.getValue() : e.getKey());
            }
        }
        return near.isEmpty() ? "" : "; did you mean \"" + near.get(0) + "\"?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static String expected(String key) {
        if (key == null) {
            return "a valid value";
        }
        return switch (key) {
            case "nest", "egg", "memory", "swap", "cpu", "disk", "io", "databases", "allocations", "backups" ->
                "a whole number";
            case "preferredNodes", "locations" -> "a list of ids";
            case "portRanges" -> "a list of ports or port ranges as strings (\"25565-25600\")";
            case "environment", "files" -> "an object of strings";
            case "ports" -> "an object of egg variable -> additional allocation number";
            case "consecutivePorts", "autoStart" -> "true or false";
            default -> "a string";
        };
    }

    private static Map<String, String> spellings(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
