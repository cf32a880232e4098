package id.gamestore.notification.chat.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import id.gamestore.notification.chat.ChatMessage;

/** order-service's {@code POST /api/chat/messages}: one chat message in, the replies to send out. */
@Path("/api/chat/messages")
public interface OrderChatApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReplyBody(String to, String text) {
        @Override
        public String toString() {
            return "ReplyBody";
        }
    }

    /** The answer; {@code data} (the same facts as JSON, for bots that render their own) is not needed here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerBody(Boolean handled, String command, List<ReplyBody> replies) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    AnswerBody send(@HeaderParam("X-Api-Key") String apiKey, ChatMessage message);
}
