package id.gamestore.support.health;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.smallrye.health.api.HealthContentFilter;

/**
 * The last word on what a health response may say: the checks' data keep stable codes, numbers and booleans only.
 * Our own checks already answer that way; this catches the built-in ones (datasource, messaging channels), whose
 * data carry exception text such as host names when something is down. Lists of warning codes
 * ({@code package:mc-huge:NO_CAPACITY,panel:UNREACHABLE}) pass too: their last part must be an upper-case code, so
 * a {@code host:port} never does. Anything else: {@code "[OK]"} becomes {@code UP}, any other text {@code DOWN}. The
 * text itself is in the log (SmallRye Health logs a DOWN response before filtering).
 */
@ApplicationScoped
public class HealthDetailsFilter implements HealthContentFilter {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.,-]{1,80}");
    /** Readiness warnings: {@code source[:subject]:CODE}, comma-separated ({@code package:mc-huge:NO_CAPACITY}). */
    private static final String WARNING = "[a-z][a-z-]{0,30}(:[A-Za-z0-9_.-]{1,60})?:[A-Z][A-Z_]{0,40}";
    private static final Pattern WARNINGS = Pattern.compile(WARNING + "(," + WARNING + "){0,200}");

    @Override
    public JsonObject filter(JsonObject payload) {
        if (payload.get("checks") == null || payload.get("checks").getValueType() != JsonValue.ValueType.ARRAY) {
            return payload;
        }
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (JsonValue value : payload.getJsonArray("checks")) {
            checks.add(value.getValueType() == JsonValue.ValueType.OBJECT ? check(value.asJsonObject()) : value);
        }
        return Json.createObjectBuilder(payload).add("checks", checks).build();
    }

    private static JsonObject check(JsonObject check) {
        JsonValue data = check.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
            return check;
        }
        JsonObjectBuilder safe = Json.createObjectBuilder();
        data.asJsonObject().forEach((key, value) -> safe.add(key, safe(value)));
        return Json.createObjectBuilder(check).add("data", safe).build();
    }

    /** One data value as it may be shown. */
    public static JsonValue safe(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER, TRUE, FALSE, NULL -> value;
            case STRING -> {
                String text = ((JsonString) value).getString();
                boolean shown = text.isEmpty() || CODE.matcher(text).matches() || WARNINGS.matcher(text).matches();
                yield shown ? value : Json.createValue(text.startsWith("[OK]") ? "UP" : "DOWN");
            }
            default -> Json.createValue("DOWN");
        };
    }
}
