package id.gamestore.sandbox.whatsapp.waha;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.support.Exchanges;
import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.faults.RecipientOutcome;
import id.gamestore.sandbox.whatsapp.store.Ids;
import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.MessageStore;
import id.gamestore.sandbox.whatsapp.store.Phones;
import id.gamestore.sandbox.whatsapp.webhook.StatusPipeline.Step;
import id.gamestore.sandbox.whatsapp.webhook.StatusPipeline;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WAHA's {@code POST /api/sendText}: {@code X-Api-Key} (401), the session ({@code default} only; 422 when not
 * WORKING), {@code chatId} as {@code <digits>@c.us}, 201 with the message object, then {@code message.ack} webhooks.
 */
public final class WahaSendHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(WahaSendHandler.class.getName());
    private static final Pattern CHAT_ID = Pattern.compile("^[1-9]\\d{6,14}@c\\.us$");

    private final String apiKey;
    private final Faults faults;
    private final MessageStore store;
    private final StatusPipeline pipeline;
    private final WahaWebhooks webhooks;
    private final Clock clock;

    public WahaSendHandler(String apiKey, Faults faults, MessageStore store, StatusPipeline pipeline,
            WahaWebhooks webhooks, Clock clock) {
        this.apiKey = apiKey;
        this.faults = faults;
        this.store = store;
        this.pipeline = pipeline;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        faults.applyLatency();
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (!"/api/sendText".equals(path) || !"POST".equals(method)) {
            error(exchange, 404, "Cannot " + method + " " + path, "Not Found");
            return;
        }
        if (apiKey != null && !apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            Exchanges.json(exchange, 401, Json.obj("message", "Unauthorized", "statusCode", 401));
            return;
        }
        FaultKind fault = faults.takeNext();
        if (fault != null && fault != FaultKind.RESET_AFTER_ACCEPT) {
            error(exchange, fault.wahaStatus(), fault.message(), null);
            return;
        }
        JsonNode body = Json.parseOrNull(Exchanges.body(exchange));
        String chatId = body == null ? null : body.path("chatId").asText(null);
        String text = body == null ? null : body.path("text").asText(null);
        String session = body == null ? WahaWebhooks.SESSION : body.path("session").asText(WahaWebhooks.SESSION);
        if (chatId == null || !CHAT_ID.matcher(chatId).matches()) {
            badRequest(exchange, "chatId must be a phone number with country code followed by @c.us");
            return;
        }
        if (text == null || text.isEmpty()) {
            badRequest(exchange, "text should not be empty");
            return;
        }
        if (!WahaWebhooks.SESSION.equals(session)) {
            error(exchange, 404, "Session \"" + session + "\" does not exist", "Not Found");
            return;
        }
        String status = faults.wahaSessionStatus();
        if (!Faults.SESSION_WORKING.equals(status)) {
            Exchanges.json(exchange, 422, Json.obj("statusCode", 422, "message", "Session status is not as "
                    + "expected. Try again later or restart the session", "session", session, "status", status,
                    "expected", List.of(Faults.SESSION_WORKING)));
            return;
        }
        MessageRecord record = new MessageRecord(Ids.wahaId(chatId, true), "waha", chatId, Phones.digits(chatId),
                "text", text, null, null, List.of(), null, clock.instant());
        store.add(record);
        LOG.log(System.Logger.Level.INFO, "waha message {0} accepted", record.id());
        pipeline.start(record, plan(record.waId()), webhooks::ack);
        if (fault == FaultKind.RESET_AFTER_ACCEPT) {
            Exchanges.dropConnection(exchange);
            return;
        }
        Exchanges.json(exchange, 201, Json.obj("id", record.id(), "timestamp", clock.instant().getEpochSecond(),
                "from", WahaWebhooks.ME, "fromMe", true, "to", chatId, "body", text, "hasMedia", false,
                "ack", 0, "ackName", WahaWebhooks.ackName(0)));
    }

    private List<Step> plan(String waId) {
        RecipientOutcome outcome = Phones.canBeOnWhatsApp(waId) ? faults.outcomeFor(waId)
                : RecipientOutcome.UNDELIVERABLE;
        return switch (outcome) {
            case UNDELIVERABLE, ECOSYSTEM_LIMIT -> List.of(new Step("failed", null));
            case NEVER_DELIVERED -> List.of(new Step("sent", null));
            case READ_RECEIPTS_OFF -> List.of(new Step("sent", null), new Step("delivered", null));
            case NORMAL -> List.of(new Step("sent", null), new Step("delivered", null), new Step("read", null));
        };
    }

    private static void badRequest(HttpExchange exchange, String message) throws IOException {
        Exchanges.json(exchange, 400, Json.obj("statusCode", 400, "message", List.of(message),
                "error", "Bad Request"));
    }

    private static void error(HttpExchange exchange, int status, String message, String error) throws IOException {
        LOG.log(System.Logger.Level.INFO, "waha send refused http={0}", status);
        Exchanges.json(exchange, status, Json.obj("statusCode", status, "message", message, "error", error));
    }
}
