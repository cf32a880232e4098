package id.gamestore.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * WhatsApp Cloud API: {@code POST {url}/{version}/{phone-number-id}/messages} with a bearer token. Text inside the
 * 24-hour window, an approved template outside it; {@code biz_opaque_callback_data} carries our delivery id.
 */
final class CloudApiChannel implements WhatsAppChannel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhatsAppConfig.Cloud config;
    private final HttpSender http;

    CloudApiChannel(WhatsAppConfig config) {
        this.config = config.cloud();
        this.http = new HttpSender(config);
    }

    @Override
    public String name() {
        return "cloud";
    }

    @Override
    public boolean needsTemplateOutsideWindow() {
        return true;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        String url = stripSlash(config.apiUrl()) + "/" + config.apiVersion() + "/"
                + config.phoneNumberId().orElse("") + "/messages";
        HttpSender.Reply reply = http.postJson(url, body(message),
                Map.of("Authorization", "Bearer " + config.token().orElse("")));
        if (!reply.answered()) {
            return new SendOutcome.Retryable(reply.failure(), null);
        }
        JsonNode answer = parse(reply.body());
        if (reply.status() >= 200 && reply.status() < 300) {
            String id = answer.path("messages").path(0).path("id").asText(null);
            return id == null ? new SendOutcome.Retryable("NO_MESSAGE_ID", null) : new SendOutcome.Accepted(id);
        }
        return CloudErrors.classify(reply.status(), answer.path("error").path("code").asInt(-1));
    }

    private byte[] body(OutboundMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        root.put("to", message.recipient());
        root.put("biz_opaque_callback_data", message.deliveryId().toString());
        if (message.useTemplate()) {
            root.put("type", "template");
            ObjectNode template = root.putObject("template");
            template.put("name", message.templateName());
            template.putObject("language").put("policy", "deterministic").put("code", message.language());
            ArrayNode parameters = template.putArray("components").addObject().put("type", "body")
                    .putArray("parameters");
            message.templateParams().forEach(p -> parameters.addObject().put("type", "text").put("text", p));
        } else {
            root.put("type", "text");
            root.putObject("text").put("preview_url", false).put("body", message.text());
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<ConfigurationProblem> configurationProblems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (config.token().isEmpty()) {
            problems.add(new ConfigurationProblem("WHATSAPP_TOKEN", "is not set"));
        }
        if (config.phoneNumberId().isEmpty()) {
            problems.add(new ConfigurationProblem("WHATSAPP_PHONE_NUMBER_ID", "is not set"));
        }
        if (config.appSecret().isEmpty()) {
            problems.add(new ConfigurationProblem("WHATSAPP_APP_SECRET",
                    "is not set (status webhooks cannot be verified)"));
        }
        if (!config.apiVersion().matches("v\\d+\\.\\d+")) {
            problems.add(new ConfigurationProblem("WHATSAPP_API_VERSION", "must look like v21.0"));
        }
        return problems;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
