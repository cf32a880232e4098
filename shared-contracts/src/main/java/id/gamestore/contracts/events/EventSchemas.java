package id.gamestore.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schema of each event type (resources {@code /schemas/<type>.schema.json}) and a validator, used by each
 * service's tests to prove that what it publishes matches the contract.
 */
public final class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static String resourcePath(String type) {
        return "/schemas/" + type + ".schema.json";
    }

    public static JsonSchema schema(String type) {
        return CACHE.computeIfAbsent(type, t -> {
            try (InputStream in = EventSchemas.class.getResourceAsStream(resourcePath(t))) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema for event type '" + t + "'");
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @return the problems found, empty when the JSON matches the schema of its {@code type} */
    public static List<String> validate(String type, String json) {
        try {
            JsonNode node = EventJson.mapper().readTree(json);
            return schema(type).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}
