package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.support.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Request bodies as the panel reads them: malformed JSON is a 400, strings are trimmed, empty strings are null. */
public final class JsonBodies {
    private JsonBodies() {
    }

    /** Parses a JSON body; malformed -> 400 BadRequestHttpException as the panel words it. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return normalise(Json.MAPPER.readTree(body));
        } catch (IOException e) {
            throw ApiException.badRequest("BadRequestHttpException",
                    "The JSON data passed in the request appears to be malformed: Syntax error");
        }
    }

    /** Laravel's TrimStrings + ConvertEmptyStringsToNull, recursively. */
    static JsonNode normalise(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            List<String> keys = new ArrayList<>();
            obj.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> obj.set(k, normalise(obj.get(k))));
            return obj;
        }
        if (node.isArray()) {
            ArrayNode arr = (ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, normalise(arr.get(i)));
            }
            return arr;
        }
        if (node.isTextual()) {
            String t = node.asText().strip();
            return t.isEmpty() ? Json.MAPPER.nullNode() : Json.MAPPER.getNodeFactory().textNode(t);
        }
        return node;
    }
}
