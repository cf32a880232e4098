package id.gamestore.order.chat.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.chat.ChatResult;
import id.gamestore.order.chat.ChatService;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.support.rest.ApiError;
import id.gamestore.support.rest.ApiException;

/** The bot forwards every text here and sends the replies; the commands live in the chat feature. */
@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/chat/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class ChatResource {
    private final ChatService chat;

    ChatResource(ChatService chat) {
        this.chat = chat;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a WhatsApp text: the chat commands (!help, !status, !pending, ...)",
            description = """
                    Forward every text the bot receives; send each reply in `replies` to its `to`. `handled=false` \
                    (no replies): not a command (commands start with `!` or `/`), the bot goes on with its own logic. \
                    An unknown word, and an admin command from a number not in ADMIN_PHONES, get the same \
                    `command=unknown` answer. The same messageId again returns the stored answer and runs nothing \
                    (a copy arriving while the first is being answered waits for it); the same messageId from \
                    another number is 409 MESSAGE_ID_REUSED. Each sender may send CHAT_RATE_LIMIT_PER_MINUTE \
                    commands a minute (default 10): the first beyond gets one `command=rate-limited` reply, later \
                    ones in that minute none. Replies are in the customer's language (id default, en). Bot or \
                    admin key.""")
    @APIResponse(responseCode = "200", description = "answered (handled=false: not a command)",
            content = @Content(schema = @Schema(implementation = ChatResult.class)))
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON, BODY_REQUIRED, FIELD_REQUIRED, FIELD_TOO_LONG, "
            + "INVALID_TEXT (messageId), INVALID_PHONE (from); field names the field",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "MESSAGE_ID_REUSED: that messageId came from another number; "
            + "MESSAGE_IN_PROGRESS: another copy of it is still being answered, send it again in a few seconds",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ChatResult message(ChatMessageRequest body) {
        if (body == null) {
            throw ApiException.badRequest(ErrorCodes.BODY_REQUIRED, null,
                    "a JSON body with messageId, from and text is required");
        }
        return chat.handle(body.messageId(), body.from(), body.text(), body.pushName());
    }
}
