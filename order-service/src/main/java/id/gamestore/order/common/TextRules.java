package id.gamestore.order.common;

import java.util.regex.Pattern;

import id.gamestore.support.rest.ApiException;
import id.gamestore.order.error.ErrorCodes;

/**
 * What text the API accepts. Names: letters of any script (with their accents), spaces, {@code . ' -}; nothing that
 * could be markup, SQL or a control character. Other free text: no control characters and no angle brackets.
 */
public final class TextRules {
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'\\-]*");
    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._@+'\\-]*");
    private static final Pattern UNSAFE_TEXT = Pattern.compile("[\\p{Cntrl}<>]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private TextRules() {
    }

    /** @return the name with runs of spaces collapsed */
    public static String name(String field, String value, int maxLength) {
        String v = collapse(required(field, value));
        checkLength(field, v, maxLength);
        if (!NAME.matcher(v).matches() || v.contains("--")) {
            throw ApiException.badRequest(ErrorCodes.INVALID_NAME, field,
                    field + " may contain only letters, spaces, dots, apostrophes and hyphens");
        }
        return v;
    }

    /** Who did something: a name, a phone number or a login; letters, digits, spaces and {@code . _ @ + ' -}. */
    public static String actor(String field, String value) {
        String v = collapse(required(field, value));
        checkLength(field, v, 100);
        if (!ACTOR.matcher(v).matches() || v.contains("--")) {
            throw ApiException.badRequest(ErrorCodes.INVALID_NAME, field,
                    field + " may contain only letters, digits, spaces and . _ @ + ' -");
        }
        return v;
    }

    public static String freeText(String field, String value, int maxLength) {
        String v = required(field, value).strip();
        checkLength(field, v, maxLength);
        if (UNSAFE_TEXT.matcher(v).find()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_TEXT, field,
                    field + " must not contain control characters or < >");
        }
        return v;
    }

    /** @return the lower-cased email, or null when none was given */
    public static String optionalEmail(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        checkLength(field, v, 254);
        if (!EMAIL.matcher(v).matches()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_EMAIL, field, field + " is not a valid email address");
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.required(field);
        }
        return value;
    }

    private static void checkLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw ApiException.badRequest(ErrorCodes.FIELD_TOO_LONG, field,
                    field + " must be at most " + maxLength + " characters");
        }
    }

    private static String collapse(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
