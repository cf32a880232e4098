package id.gamestore.order.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads and checks a catalog file. Every problem is reported at once, each naming the package and the field, so an
 * operator fixes the file in one go.
 */
public final class CatalogParser {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final int MAX_MONTHS = 36;

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private CatalogParser(String source) {
        this.source = source;
    }

    /**
     * @param source names the file in messages
     * @throws InvalidCatalogException listing every problem found
     */
    public static Map<String, GamePackage> parse(InputStream in, String source) {
        return new CatalogParser(source).read(in);
    }

    private Map<String, GamePackage> read(InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCatalogException(source, List.of("not readable YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidCatalogException(source, List.of("not readable: " + e.getMessage()));
        }
        JsonNode list = root == null ? null : root.get("packages");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidCatalogException(source, List.of("'packages' must be a non-empty list"));
        }
        Map<String, GamePackage> packages = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            GamePackage pkg = readPackage(list.get(i), i);
            if (pkg != null && packages.putIfAbsent(pkg.code(), pkg) != null) {
                problems.add("package '" + pkg.code() + "': code is used twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(source, problems);
        }
        return packages;
    }

    private GamePackage readPackage(JsonNode node, int index) {
        String code = node.path("code").asText("");
        String label = CODE.matcher(code).matches() ? "package '" + code + "'" : "package #" + (index + 1);
        int before = problems.size();
        if (!CODE.matcher(code).matches()) {
            problems.add(label + ": field 'code' must be 2-63 lower-case letters, digits or '-'");
        }
        String name = text(node, "name", label, true);
        String game = text(node, "game", label, true);
        String description = text(node, "description", label, false);
        java.time.Duration trial = trial(node.get("trialDuration"), label);
        long price = number(node, "pricePerMonth", label, trial == null ? 1 : 0, Long.MAX_VALUE);
        List<Integer> durations = durations(node.get("durations"), label);
        JsonNode res = node.get("resources");
        if (res == null || !res.isObject()) {
            problems.add(label + ": field 'resources' is required");
            return null;
        }
        Resources resources = new Resources(
                (int) number(res, "memory", label + " resources", 128, 1_048_576),
                (int) number(res, "cpu", label + " resources", 1, 10_000),
                (int) number(res, "disk", label + " resources", 256, 10_485_760),
                (int) number(res, "io", label + " resources", 10, 1000),
                (int) number(res, "swap", label + " resources", -1, 1_048_576),
                (int) number(res, "databases", label + " resources", 0, 100),
                (int) number(res, "allocations", label + " resources", 1, 100),
                (int) number(res, "backups", label + " resources", 0, 100));
        if (problems.size() > before) {
            return null;
        }
        return new GamePackage(code, name, game, description, price, durations, resources, trial);
    }

    /** A trial term: ISO-8601 (PT2H, P3D), from ten seconds (tests) to 366 days; absent for a normal package. */
    private java.time.Duration trial(JsonNode value, String label) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            java.time.Duration d = java.time.Duration.parse(value.asText());
            if (d.compareTo(java.time.Duration.ofSeconds(10)) >= 0 && d.compareTo(java.time.Duration.ofDays(366)) <= 0) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        problems.add(label + ": field 'trialDuration' must be an ISO-8601 duration from PT10S to P366D, e.g. PT2H or P3D");
        return null;
    }

    private String text(JsonNode node, String field, String label, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                problems.add(label + ": field '" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().length() > 100 && !"description".equals(field)) {
            problems.add(label + ": field '" + field + "' must be text of at most 100 characters");
        }
        return value.asText().trim();
    }

    private long number(JsonNode node, String field, String label, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(label + ": field '" + field + "' is required");
            return 0;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            problems.add(label + ": field '" + field + "' must be a whole number from " + min + " to " + max
                    + ", got '" + value.asText() + "'");
            return 0;
        }
        return value.asLong();
    }

    private List<Integer> durations(JsonNode value, String label) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            problems.add(label + ": field 'durations' must be a non-empty list of months");
            return List.of();
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> months = new ArrayList<>();
        for (JsonNode m : value) {
            if (!m.isInt() || m.asInt() < 1 || m.asInt() > MAX_MONTHS || !seen.add(m.asInt())) {
                problems.add(label + ": field 'durations' must hold distinct whole months from 1 to " + MAX_MONTHS
                        + ", got '" + m.asText() + "'");
                return List.of();
            }
            months.add(m.asInt());
        }
        months.sort(Integer::compare);
        return List.copyOf(months);
    }

    /** The catalog file cannot be used; the message lists every problem. */
    public static class InvalidCatalogException extends RuntimeException {
        public InvalidCatalogException(String source, List<String> problems) {
            super("package catalog " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }
}
