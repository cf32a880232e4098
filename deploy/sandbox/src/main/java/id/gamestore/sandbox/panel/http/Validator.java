package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Laravel-style request validation over a normalised JSON body: one message per failed rule, a field stops after
 * a failed implicit rule (required, present), and non-implicit rules skip absent values and nullable nulls.
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final JsonNode body;
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    public Validator(JsonNode body) {
        this.body = body;
    }

    public Check field(String path) {
        return field(path, path.replace('_', ' '));
    }

    public Check field(String path, String label) {
        return new Check(path, label, lookup(path));
    }

    public void add(String field, String rule, String detail) {
        errors.add(new ApiException.FieldError(field, rule, detail));
    }

    /** Rewrites one message (for rules whose wording depends on other fields, such as required_without). */
    public void replace(String field, String rule, String newRule, String newDetail) {
        errors.replaceAll(e -> e.field().equals(field) && e.rule().equals(rule)
                ? new ApiException.FieldError(field, newRule, newDetail) : e);
    }

    public boolean failed(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfFailed() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private JsonNode lookup(String path) {
        JsonNode node = body;
        for (String part : path.split("\\.")) {
            if (node != null && node.isArray() && part.matches("\\d+") && Integer.parseInt(part) < node.size()) {
                node = node.get(Integer.parseInt(part));
                continue;
            }
            if (node == null || !node.isObject() || !node.has(part)) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    /** The rule chain of one field. */
    public final class Check {
        private final String path;
        private final String label;
        private final JsonNode value;
        private boolean stopped;
        private boolean nullable;
        private boolean bail;

        private Check(String path, String label, JsonNode value) {
            this.path = path;
            this.label = label;
            this.value = value;
        }

        public JsonNode value() {
            return value;
        }

        private boolean skip() {
            return stopped || value == null || (value.isNull() && nullable);
        }

        private Check fail(String rule, String detail, boolean implicit) {
            add(path, rule, detail);
            stopped = stopped || implicit || bail;
            return this;
        }

        /** Laravel's {@code bail}: the first failed rule of this field is its only message. */
        public Check bail() {
            bail = true;
            return this;
        }

        public Check nullable() {
            nullable = true;
            return this;
        }

        public Check required() {
            if (!stopped && (value == null || value.isNull() || (value.isArray() && value.isEmpty())
                    || (value.isObject() && value.isEmpty()))) {
                return fail("required", "The " + label + " field is required.", true);
            }
            return this;
        }

        public Check requiredWhen(boolean condition) {
            return condition ? required() : this;
        }

        public Check present() {
            if (!stopped && value == null) {
                return fail("present", "The " + label + " field must be present.", true);
            }
            return this;
        }

        public Check string() {
            if (!skip() && !value.isTextual()) {
                fail("string", "The " + label + " must be a string.", false);
            }
            return this;
        }

        public Check integer() {
            if (!skip() && !isInteger(value)) {
                fail("integer", "The " + label + " must be an integer.", false);
            }
            return this;
        }

        public Check numeric() {
            if (!skip() && !isNumeric(value)) {
                fail("numeric", "The " + label + " must be a number.", false);
            }
            return this;
        }

        public Check bool() {
            if (!skip() && !(value.isBoolean() || (value.isInt() && (value.asInt() == 0 || value.asInt() == 1))
                    || (value.isTextual() && List.of("0", "1", "true", "false").contains(value.asText())))) {
                fail("boolean", "The " + label + " field must be true or false.", false);
            }
            return this;
        }

        public Check array() {
            if (!skip() && !(value.isArray() || value.isObject())) {
                fail("array", "The " + label + " must be an array.", false);
            }
            return this;
        }

        public Check min(double min) {
            if (!skip() && isNumeric(value) && value.asDouble() < min) {
                fail("min", "The " + label + " must be at least " + fmt(min) + ".", false);
            }
            return this;
        }

        public Check between(double min, double max) {
            if (!skip() && isNumeric(value) && (value.asDouble() < min || value.asDouble() > max)) {
                fail("between", "The " + label + " must be between " + fmt(min) + " and " + fmt(max) + ".", false);
            }
            return this;
        }

        public Check lengthBetween(int min, int max) {
            if (!skip() && value.isTextual() && (value.asText().length() < min || value.asText().length() > max)) {
                fail("between", "The " + label + " must be between " + min + " and " + max + " characters.", false);
            }
            return this;
        }

        public Check maxLength(int max) {
            if (!skip() && value.isTextual() && value.asText().length() > max) {
                fail("max", "The " + label + " may not be greater than " + max + " characters.", false);
            }
            return this;
        }

        public Check email() {
            if (!skip() && !(value.isTextual() && EMAIL.matcher(value.asText()).matches())) {
                fail("email", "The " + label + " must be a valid email address.", false);
            }
            return this;
        }

        public Check regex(Pattern pattern) {
            if (!skip() && !(value.isValueNode() && pattern.matcher(value.asText()).find())) {
                fail("regex", "The " + label + " format is invalid.", false);
            }
            return this;
        }

        /** A rule implemented by the caller: fails when {@code ok} rejects the (non-null) value. */
        public Check rule(String rule, String detailTemplate, Predicate<JsonNode> ok) {
            if (!skip() && !value.isNull() && !ok.test(value)) {
                fail(rule, detailTemplate.replace(":attribute", label), false);
            }
            return this;
        }

        public Check unique(Predicate<String> taken) {
            if (!skip() && value.isValueNode() && !value.isNull() && taken.test(value.asText())) {
                fail("unique", "The " + label + " has already been taken.", false);
            }
            return this;
        }

        public Check exists(Predicate<JsonNode> exists) {
            if (!skip() && !value.isNull() && !exists.test(value)) {
                fail("exists", "The selected " + label + " is invalid.", false);
            }
            return this;
        }
    }

    public static boolean isInteger(JsonNode v) {
        if (v.isIntegralNumber()) {
            return true;
        }
        return v.isTextual() && v.asText().matches("-?\\d+");
    }

    public static boolean isNumeric(JsonNode v) {
        if (v.isNumber()) {
            return true;
        }
        return v.isTextual() && v.asText().matches("-?\\d+(\\.\\d+)?");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
