package id.gamestore.sandbox.panel.servers;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.Egg;
import id.gamestore.sandbox.panel.model.EggVariable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates an {@code environment} map against every variable of an egg using the variables' Laravel rule strings
 * (required, nullable, string, max, min, integer, numeric, regex, between, alpha_dash, alpha_num, url, boolean,
 * size, in, digits_between). Source field {@code environment.<ENV>}, attribute "<Name> variable".
 */
public final class EggVariableRules {
    private EggVariableRules() {
    }

    /** Adds one validator message per failed rule; returns the values to store (omitted optional = ""). */
    public static Map<String, String> validate(Egg egg, JsonNode environment, Validator v) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (EggVariable var : egg.variables) {
            JsonNode value = environment == null ? null : environment.get(var.envVariable);
            if (value != null && value.isNull()) {
                value = null;
            }
            check(var, value, v);
            values.put(var.envVariable, value == null ? "" : value.asText());
        }
        return values;
    }

    static void check(EggVariable var, JsonNode value, Validator v) {
        String field = "environment." + var.envVariable;
        String label = var.name + " variable";
        List<String> rules = split(var.rules);
        boolean numericRules = rules.stream().anyMatch(r -> r.equals("numeric") || r.equals("integer"));
        if (value == null) {
            if (rules.contains("required")) {
                v.add(field, "required", "The " + label + " field is required.");
            }
            return;
        }
        String text = value.asText();
        for (String rule : rules) {
            String name = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
            String arg = rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "";
            String[] args = arg.split(",");
            String failure = failure(name, arg, args, value, text, numericRules);
            if (failure != null) {
                v.add(field, name, failure.replace(":attribute", label));
            }
        }
    }

    private static String failure(String name, String arg, String[] args, JsonNode value, String text,
                                  boolean numeric) {
        double size = numeric && Validator.isNumeric(value) ? Double.parseDouble(text) : text.length();
        String unit = numeric ? "." : " characters.";
        switch (name) {
            case "string":
                return value.isTextual() ? null : "The :attribute must be a string.";
            case "integer":
                return Validator.isInteger(value) ? null : "The :attribute must be an integer.";
            case "numeric":
                return Validator.isNumeric(value) ? null : "The :attribute must be a number.";
            case "boolean":
                return List.of("true", "false", "0", "1").contains(text) ? null
                        : "The :attribute field must be true or false.";
            case "max":
                return size <= Double.parseDouble(arg) ? null : "The :attribute may not be greater than " + arg + unit;
            case "min":
                return size >= Double.parseDouble(arg) ? null : "The :attribute must be at least " + arg + unit;
            case "size":
                return size == Double.parseDouble(arg) ? null : "The :attribute must be " + arg + unit;
            case "between":
                return size >= Double.parseDouble(args[0]) && size <= Double.parseDouble(args[1]) ? null
                        : "The :attribute must be between " + args[0] + " and " + args[1] + unit;
            case "digits_between":
                return text.matches("\\d+") && text.length() >= Integer.parseInt(args[0])
                        && text.length() <= Integer.parseInt(args[1]) ? null
                        : "The :attribute must be between " + args[0] + " and " + args[1] + " digits.";
            case "in":
                return Arrays.asList(args).contains(text) ? null : "The selected :attribute is invalid.";
            case "alpha_dash":
                return text.matches("[\\p{L}\\p{N}_-]+") ? null
                        : "The :attribute may only contain letters, numbers, and dashes.";
            case "alpha_num":
                return text.matches("[\\p{L}\\p{N}]+") ? null : "The :attribute may only contain letters and numbers.";
            case "alpha":
                return text.matches("\\p{L}+") ? null : "The :attribute may only contain letters.";
            case "url":
                return isUrl(text) ? null : "The :attribute format is invalid.";
            case "regex":
                return phpRegex(arg).matcher(text).find() ? null : "The :attribute format is invalid.";
            default:
                return null;
        }
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code /pattern/flags} -> Java pattern. */
    static Pattern phpRegex(String php) {
        int end = php.lastIndexOf(php.charAt(0));
        String body = php.substring(1, end);
        String flags = php.substring(end + 1);
        int f = flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0;
        return Pattern.compile(body, f);
    }

    /** Splits a rule string on '|' but keeps a regex argument whole. */
    static List<String> split(String rules) {
        List<String> out = new ArrayList<>();
        String rest = rules;
        while (!rest.isEmpty()) {
            if (rest.startsWith("regex:")) {
                char delim = rest.charAt(6);
                int close = 7;
                while (close < rest.length() && (rest.charAt(close) != delim || rest.charAt(close - 1) == '\\')) {
                    close++;
                }
                int bar = rest.indexOf('|', close);
                out.add(bar < 0 ? rest : rest.substring(0, bar));
                rest = bar < 0 ? "" : rest.substring(bar + 1);
            } else {
                int bar = rest.indexOf('|');
                out.add(bar < 0 ? rest : rest.substring(0, bar));
                rest = bar < 0 ? "" : rest.substring(bar + 1);
            }
        }
        return out;
    }
}
