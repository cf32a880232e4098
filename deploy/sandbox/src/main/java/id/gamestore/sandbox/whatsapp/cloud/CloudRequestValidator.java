package id.gamestore.sandbox.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.whatsapp.store.Phones;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates a {@code /messages} body the way the Cloud API does; throws {@link GraphException} on the first fault. */
public final class CloudRequestValidator {
    static final int MAX_TEXT = 4096;
    static final int MAX_CALLBACK_DATA = 512;
    private static final Set<String> OTHER_TYPES = Set.of("image", "audio", "video", "document", "sticker",
            "location", "contacts", "interactive", "reaction");
    private static final Pattern BAD_PARAMETER = Pattern.compile("[\\n\\t]| {5,}");

    private final TemplateRegistry templates;

    public CloudRequestValidator(TemplateRegistry templates) {
        this.templates = templates;
    }

    public CloudRequest validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("Invalid parameter", "The request body must be a JSON object.");
        }
        String product = required(body, "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw invalid("Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".", null);
        }
        String recipientType = body.path("recipient_type").asText("individual");
        if (!"individual".equals(recipientType)) {
            throw invalid("Param recipient_type must be one of {INDIVIDUAL} - got \"" + recipientType + "\".", null);
        }
        String to = required(body, "to");
        if (!Phones.validCloudRecipient(to)) {
            throw invalid("Invalid parameter", "Param to must be a phone number with country code: digits, "
                    + "optionally starting with +.");
        }
        String callback = body.hasNonNull("biz_opaque_callback_data") ? body.get("biz_opaque_callback_data").asText()
                : null;
        if (callback != null && callback.length() > MAX_CALLBACK_DATA) {
            throw invalid("Param biz_opaque_callback_data must be at most " + MAX_CALLBACK_DATA
                    + " characters long.", null);
        }
        String type = body.path("type").asText("text");
        String waId = Phones.digits(to);
        return switch (type) {
            case "text" -> new CloudRequest(to, waId, type, text(body), null, null, List.of(), callback);
            case "template" -> template(body, to, waId, callback);
            default -> throw OTHER_TYPES.contains(type)
                    ? new GraphException(GraphError.whatsapp(400, 131051, "Unsupported message type",
                            "The sandbox models text and template messages only."))
                    : invalid("Param type must be one of {TEXT, TEMPLATE, IMAGE, AUDIO, VIDEO, DOCUMENT, STICKER, "
                            + "LOCATION, CONTACTS, INTERACTIVE, REACTION} - got \"" + type + "\".", null);
        };
    }

    private static String text(JsonNode body) {
        JsonNode text = body.get("text");
        if (text == null || !text.isObject()) {
            throw invalid("The parameter text is required.", null);
        }
        JsonNode value = text.get("body");
        if (value == null || !value.isTextual()) {
            throw invalid("The parameter text['body'] is required.", null);
        }
        String s = value.asText();
        if (s.isBlank()) {
            throw invalid("Param text['body'] must be non-empty.", null);
        }
        if (s.length() > MAX_TEXT) {
            throw invalid("Param text['body'] must be at most " + MAX_TEXT + " characters long.", null);
        }
        return s;
    }

    private CloudRequest template(JsonNode body, String to, String waId, String callback) {
        JsonNode template = body.get("template");
        if (template == null || !template.isObject()) {
            throw invalid("The parameter template is required.", null);
        }
        String name = required(template, "name");
        JsonNode language = template.get("language");
        if (language == null || !language.hasNonNull("code")) {
            throw invalid("The parameter template['language']['code'] is required.", null);
        }
        String code = language.get("code").asText();
        TemplateRegistry.Template known = templates.find(name, code);
        if (known == null) {
            throw new GraphException(GraphError.whatsapp(404, 132001, "Template name does not exist in the translation",
                    "template name (" + name + ") does not exist in " + code));
        }
        List<String> params = bodyParameters(template.path("components"));
        if (known.bodyParameters() != TemplateRegistry.ANY_PARAMETERS && known.bodyParameters() != params.size()) {
            throw new GraphException(GraphError.whatsapp(400, 132000,
                    "Number of parameters does not match the expected number of params",
                    "body: number of localizable_params (" + params.size() + ") does not match the expected number "
                            + "of params (" + known.bodyParameters() + ")"));
        }
        return new CloudRequest(to, waId, "template", null, name, code, params, callback);
    }

    private static List<String> bodyParameters(JsonNode components) {
        List<String> values = new ArrayList<>();
        for (JsonNode component : components) {
            if (!"body".equalsIgnoreCase(component.path("type").asText())) {
                continue;
            }
            for (JsonNode parameter : component.path("parameters")) {
                String type = parameter.path("type").asText("text");
                JsonNode value = parameter.get(type);
                if (value == null || value.isNull()) {
                    throw new GraphException(GraphError.whatsapp(400, 131008, "Required parameter is missing",
                            "body parameter of type " + type + " has no '" + type + "' value"));
                }
                String s = value.isTextual() ? value.asText() : value.toString();
                if (BAD_PARAMETER.matcher(s).find()) {
                    throw new GraphException(GraphError.whatsapp(400, 132018,
                            "There was an issue with the parameters in your template.",
                            "Param text cannot have new-line/tab characters or more than 4 consecutive spaces"));
                }
                values.add(s);
            }
        }
        return values;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isEmpty()) {
            throw invalid("The parameter " + field + " is required.", null);
        }
        return value.asText();
    }

    private static GraphException invalid(String message, String details) {
        return new GraphException(GraphError.invalidParameter(message, details));
    }
}
