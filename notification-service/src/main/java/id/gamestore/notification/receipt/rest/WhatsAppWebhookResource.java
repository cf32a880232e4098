package id.gamestore.notification.receipt.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestHeader;

import id.gamestore.notification.chat.ChatInbox;
import id.gamestore.notification.chat.InboundText;
import id.gamestore.support.rest.ApiError;
import id.gamestore.notification.channel.ConversationWindows;
import id.gamestore.notification.channel.WhatsAppConfig;
import id.gamestore.notification.receipt.Receipt;
import id.gamestore.notification.receipt.ReceiptService;
import io.smallrye.common.annotation.Blocking;

/**
 * The Cloud API's webhook: the verification handshake, and signed status receipts and inbound messages. An inbound
 * message opens the 24-hour window; a text that is a chat command is stored for the chat worker (when
 * {@code CHAT_COMMANDS} is on) before the webhook answers 200, so the answer is quick and nothing is lost.
 */
@PermitAll
@Path("/webhooks/whatsapp")
@Tag(name = "webhooks")
@Blocking
public class WhatsAppWebhookResource {
    private static final Logger LOG = Logger.getLogger(WhatsAppWebhookResource.class);

    private final WhatsAppConfig config;
    private final ReceiptService receipts;
    private final ConversationWindows windows;
    private final ChatInbox chat;

    public WhatsAppWebhookResource(WhatsAppConfig config, ReceiptService receipts, ConversationWindows windows,
            ChatInbox chat) {
        this.config = config;
        this.receipts = receipts;
        this.windows = windows;
        this.chat = chat;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Webhook verification handshake: echoes hub.challenge when hub.verify_token matches")
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        String expected = config.cloud().verifyToken().orElse("");
        boolean ok = "subscribe".equals(mode) && token != null && !expected.isEmpty() && challenge != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            LOG.info("webhook verification refused");
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("forbidden").build();
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status receipts (sent, delivered, read, failed) and inbound messages, signed with "
            + "X-Hub-Signature-256 over the raw body")
    public Response receive(@RestHeader("X-Hub-Signature-256") String signature, byte[] body) {
        String secret = config.cloud().appSecret().orElse("");
        if (secret.isEmpty() || !Signatures.validCloud(secret, body, signature)) {
            LOG.warnf("WhatsApp webhook refused: %s (%d bytes)",
                    signature == null ? "no signature" : "bad signature", body.length);
            return Response.status(401).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("BAD_SIGNATURE", "X-Hub-Signature-256 does not match the body",
                            "X-Hub-Signature-256"))
                    .build();
        }
        CloudWebhookParser.Parsed parsed;
        try {
            parsed = CloudWebhookParser.parse(body);
        } catch (IOException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of("BAD_JSON", "the webhook body is not JSON")).build();
        }
        for (CloudWebhookParser.Inbound inbound : parsed.inbound()) {
            windows.customerWrote(inbound.from(), inbound.at());
            if (inbound.text() != null) {
                chat.received(new InboundText(inbound.messageId(), inbound.from(), inbound.text(),
                        inbound.pushName(), "cloud"));
            }
        }
        for (Receipt receipt : parsed.receipts()) {
            receipts.apply(receipt);
        }
        return Response.ok().build();
    }
}
