package id.gamestore.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.gamestore.notification.recipient.Phones;

/**
 * WAHA gateway: {@code POST {url}/api/sendText} with {@code X-Api-Key}, chat id {@code <digits>@c.us}. Free-form
 * text from the linked number; no templates, no window. 201 answers the message with its id.
 */
final class WahaChannel implements WhatsAppChannel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhatsAppConfig.Waha config;
    private final HttpSender http;

    WahaChannel(WhatsAppConfig config) {
        this.config = config.waha();
        this.http = new HttpSender(config);
    }

    @Override
    public String name() {
        return "waha";
    }

    @Override
    public boolean needsTemplateOutsideWindow() {
        return false;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("session", config.session());
        body.put("chatId", Phones.digits(message.recipient()) + "@c.us");
        body.put("text", message.text());
        HttpSender.Reply reply = http.postJson(CloudApiChannel.stripSlash(config.url()) + "/api/sendText",
                body.toString().getBytes(StandardCharsets.UTF_8), Map.of("X-Api-Key", config.apiKey().orElse("")));
        if (!reply.answered()) {
            return new SendOutcome.Retryable(reply.failure(), null);
        }
        int status = reply.status();
        String code = "HTTP_" + status;
        if (status >= 200 && status < 300) {
            String id = parse(reply.body()).path("id").asText(null);
            return id == null ? new SendOutcome.Retryable("NO_MESSAGE_ID", null) : new SendOutcome.Accepted(id);
        }
        if (status == 422 || status == 429 || status >= 500) {
            return new SendOutcome.Retryable(code, null);
        }
        if (status == 401 || status == 403 || status == 404) {
            return new SendOutcome.Misconfigured(code);
        }
        return new SendOutcome.Rejected(code);
    }

    @Override
    public List<ConfigurationProblem> configurationProblems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (config.apiKey().isEmpty()) {
            problems.add(new ConfigurationProblem("WAHA_API_KEY", "is not set"));
        }
        if (config.webhookHmacKey().isEmpty()) {
            problems.add(new ConfigurationProblem("WAHA_WEBHOOK_HMAC_KEY",
                    "is not set (acks cannot be verified)"));
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
}
