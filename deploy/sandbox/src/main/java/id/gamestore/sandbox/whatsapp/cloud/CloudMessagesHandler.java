package id.gamestore.sandbox.whatsapp.cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.support.Exchanges;
import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.store.ConversationWindows;
import id.gamestore.sandbox.whatsapp.store.Ids;
import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.MessageStore;
import id.gamestore.sandbox.whatsapp.webhook.CloudWebhooks;
import id.gamestore.sandbox.whatsapp.webhook.StatusPipeline;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /{version}/{phone-number-id}/messages}. Order of checks: added latency, bearer token (190), next-N
 * fault, phone-number-id (100), body validation, throughput (130429), pair rate (131056). An accepted message
 * answers 200 with the wamid; what happens next (statuses or a {@code failed} webhook) is planned by
 * {@link CloudOutcomes}.
 */
public final class CloudMessagesHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(CloudMessagesHandler.class.getName());
    private static final Pattern PATH = Pattern.compile("^/(v\\d+\\.\\d+)/([^/]+)/messages/?$");

    /** The business number this face answers for and the access token it accepts. */
    public record Account(String phoneNumberId, String token) {
    }

    private final Account config;
    private final Faults faults;
    private final CloudRequestValidator validator;
    private final RateLimits limits;
    private final MessageStore store;
    private final CloudOutcomes outcomes;
    private final StatusPipeline pipeline;
    private final CloudWebhooks webhooks;
    private final Clock clock;

    public CloudMessagesHandler(Account config, Faults faults, CloudRequestValidator validator,
            RateLimits limits, MessageStore store, ConversationWindows windows, StatusPipeline pipeline,
            CloudWebhooks webhooks, Clock clock) {
        this.config = config;
        this.faults = faults;
        this.validator = validator;
        this.limits = limits;
        this.store = store;
        this.outcomes = new CloudOutcomes(windows, faults);
        this.pipeline = pipeline;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        faults.applyLatency();
        String path = exchange.getRequestURI().getPath();
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            error(exchange, GraphError.unknownPath(path));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            error(exchange, GraphError.invalidParameter("Unsupported " + exchange.getRequestMethod().toLowerCase()
                    + " request.", null));
            return;
        }
        if (!authorized(exchange)) {
            error(exchange, GraphError.invalidToken());
            return;
        }
        FaultKind fault = faults.takeNext();
        if (fault != null && fault != FaultKind.RESET_AFTER_ACCEPT) {
            LOG.log(System.Logger.Level.INFO, "cloud send answered with injected fault {0}", fault);
            error(exchange, GraphError.of(fault));
            return;
        }
        if (!config.phoneNumberId().equals(m.group(2))) {
            error(exchange, GraphError.unknownObject(m.group(2)));
            return;
        }
        try {
            CloudRequest request = validator.validate(Json.parseOrNull(Exchanges.body(exchange)));
            if (CloudWebhooks.DISPLAY_PHONE_NUMBER.equals(request.waId())) {
                throw new GraphException(GraphError.whatsapp(400, 131021, "Recipient cannot be sender.",
                        "Sender and recipient phone number is the same."));
            }
            GraphError limited = limits.tryAcquire(request.waId());
            if (limited != null) {
                throw new GraphException(limited);
            }
            MessageRecord record = accept(request);
            if (fault == FaultKind.RESET_AFTER_ACCEPT) {
                LOG.log(System.Logger.Level.INFO, "cloud message {0} accepted, connection dropped (fault)",
                        record.id());
                Exchanges.dropConnection(exchange);
                return;
            }
            Exchanges.json(exchange, 200, Json.obj("messaging_product", "whatsapp",
                    "contacts", List.of(Json.obj("input", request.to(), "wa_id", request.waId())),
                    "messages", List.of(Json.obj("id", record.id(),
                            "message_status", "template".equals(request.type()) ? "accepted" : null))));
        } catch (GraphException e) {
            error(exchange, e.error());
        }
    }

    private MessageRecord accept(CloudRequest request) {
        MessageRecord record = new MessageRecord(Ids.wamid(request.waId()), "cloud", request.to(), request.waId(),
                request.type(), request.text(), request.templateName(), request.templateLanguage(),
                request.templateParams(), request.bizOpaqueCallbackData(), clock.instant());
        store.add(record);
        LOG.log(System.Logger.Level.INFO, "cloud message {0} accepted type={1}", record.id(), request.type());
        pipeline.start(record, outcomes.plan(request), webhooks::status);
        return record;
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.equals("Bearer " + config.token());
    }

    private static void error(HttpExchange exchange, GraphError error) throws IOException {
        LOG.log(System.Logger.Level.INFO, "cloud send refused http={0} code={1}", error.httpStatus(), error.code());
        Exchanges.json(exchange, error.httpStatus(), error.body());
    }
}
