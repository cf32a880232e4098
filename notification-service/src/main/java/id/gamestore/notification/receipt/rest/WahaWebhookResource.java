package id.gamestore.notification.receipt.rest;

import java.io.IOException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestHeader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.notification.chat.ChatInbox;
import id.gamestore.notification.chat.InboundText;
import id.gamestore.support.rest.ApiError;
import id.gamestore.notification.channel.WhatsAppConfig;
import id.gamestore.notification.receipt.Receipt;
import id.gamestore.notification.receipt.ReceiptService;
import io.smallrye.common.annotation.Blocking;

/**
 * WAHA's webhook: {@code message.ack} events (ack 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED, -1 ERROR) and {@code message}
 * events (a person wrote to the store's number: a text that is a chat command is stored for the chat worker when
 * {@code CHAT_COMMANDS} is on), signed with {@code X-Webhook-Hmac} (HMAC-SHA512 of the raw body). Unsigned or badly
 * signed posts are refused.
 */
@PermitAll
@Path("/webhooks/waha")
@Tag(name = "webhooks")
@Blocking
public class WahaWebhookResource {
    private static final Logger LOG = Logger.getLogger(WahaWebhookResource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhatsAppConfig config;
    private final ReceiptService receipts;
    private final ChatInbox chat;

    public WahaWebhookResource(WhatsAppConfig config, ReceiptService receipts, ChatInbox chat) {
        this.config = config;
        this.receipts = receipts;
        this.chat = chat;
    }

    /** A text from a person's chat ({@code <digits>@c.us}); our own messages, groups and media are not commands. */
    private void inboundText(JsonNode payload) {
        String from = payload.path("from").asText("");
        String body = payload.path("body").asText(null);
        if (payload.path("fromMe").asBoolean(false) || !from.endsWith("@c.us") || body == null
                || payload.path("hasMedia").asBoolean(false)) {
            return;
        }
        String pushName = payload.path("_data").path("notifyName").asText(null);
        chat.received(new InboundText(payload.path("id").asText(null), from.substring(0, from.indexOf('@')), body,
                pushName, "waha"));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "WAHA message.ack and message events, signed with X-Webhook-Hmac (SHA-512)")
    public Response receive(@RestHeader("X-Webhook-Hmac") String hmac, byte[] body) {
        String key = config.waha().webhookHmacKey().orElse("");
        if (key.isEmpty() || !Signatures.validWaha(key, body, hmac)) {
            LOG.warnf("WAHA webhook refused: %s (%d bytes)", hmac == null ? "no signature" : "bad signature",
                    body.length);
            return Response.status(401).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("BAD_SIGNATURE", "X-Webhook-Hmac does not match the body",
                            "X-Webhook-Hmac"))
                    .build();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of("BAD_JSON", "the webhook body is not JSON")).build();
        }
        if ("message.ack".equals(root.path("event").asText())) {
            JsonNode payload = root.path("payload");
            Receipt.Status status = switch (payload.path("ack").asInt(0)) {
                case 1 -> Receipt.Status.SENT;
                case 2 -> Receipt.Status.DELIVERED;
                case 3, 4 -> Receipt.Status.READ;
                case -1 -> Receipt.Status.FAILED;
                default -> null;
            };
            String id = payload.path("id").asText(null);
            if (status != null && id != null) {
                receipts.apply(new Receipt(null, id, status, null, "waha"));
            }
        } else if ("message".equals(root.path("event").asText())) {
            inboundText(root.path("payload"));
        }
        return Response.ok().build();
    }
}
