package id.gamestore.notification.chat.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.gamestore.notification.chat.ChatConfig;
import id.gamestore.notification.chat.ChatMessage;
import id.gamestore.notification.chat.OrderAnswer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Asks order-service's chat endpoint about one command and says what came of it. One call, no retry here: the
 * caller retries from the database (the endpoint is idempotent on the message id, so asking again after a timeout
 * or a 5xx repeats no effect). Never logs the text, the replies or the key.
 */
@ApplicationScoped
public class OrderChatClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatConfig config;
    private final OrderChatApi api;

    public OrderChatClient(ChatConfig config) {
        this.config = config;
        this.api = config.enabled() ? config.orderUrl().filter(u -> !u.isBlank())
                .map(url -> QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .build(OrderChatApi.class))
                .orElse(null) : null;
    }

    public OrderAnswer ask(ChatMessage message) {
        if (api == null) {
            return new OrderAnswer.Refused(0, "CHAT_NOT_CONFIGURED");
        }
        try {
            OrderChatApi.AnswerBody body = api.send(config.orderApiKey().orElse(""), message);
            if (body == null) {
                return new OrderAnswer.TryAgain("EMPTY_ANSWER", Optional.empty());
            }
            List<OrderAnswer.Reply> replies = body.replies() == null ? List.of()
                    : body.replies().stream().map(r -> new OrderAnswer.Reply(r.to(), r.text())).toList();
            return new OrderAnswer.Answered(Boolean.TRUE.equals(body.handled()), body.command(), replies);
        } catch (WebApplicationException e) {
            return fromStatus(e.getResponse());
        } catch (ProcessingException e) {
            return new OrderAnswer.TryAgain(timedOut(e) ? "TIMEOUT" : "IO_ERROR", Optional.empty());
        }
    }

    private static OrderAnswer fromStatus(Response response) {
        int status = response.getStatus();
        if (status == 429 || status >= 500) {
            return new OrderAnswer.TryAgain("HTTP_" + status, retryAfter(response.getHeaderString("Retry-After")));
        }
        return new OrderAnswer.Refused(status, errorCode(response));
    }

    /** The error body's stable {@code code} (support.rest.ApiError), never its message. */
    private static String errorCode(Response response) {
        try {
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            String code = body.path("code").asText("");
            return code.matches("[A-Z0-9_]{1,60}") ? code : "HTTP_" + response.getStatus();
        } catch (RuntimeException | java.io.IOException e) {
            return "HTTP_" + response.getStatus();
        }
    }

    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            try {
                Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.trim(), Instant::from);
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Optional.empty() : Optional.of(wait);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Timeout") || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
