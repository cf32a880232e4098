package id.gamestore.order.chat.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.error.Refused;
import id.gamestore.order.operations.client.Remote;

/**
 * The replies the admin commands share: each renders {@code templates/chat/<template>.<locale>.txt} with the same
 * facts it returns as data, and every refusal says what to type instead. The data always carry {@code outcome}.
 */
@ApplicationScoped
class AdminReplies {
    static final String PROVISIONING = "provisioning-service";
    static final String NOTIFICATION = "notification-service";

    private final ChatTexts texts;

    AdminReplies(ChatTexts texts) {
        this.texts = texts;
    }

    /** Builds a data map from name/value pairs; values may be null (the templates test them). */
    static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    ChatAnswer reply(String command, ChatCall call, String template, Map<String, Object> data) {
        return ChatAnswer.of(command, texts.render(template, call.locale(), data), data);
    }

    /**
     * The order id in the first argument, or the reply that says what to type: the usage when it is missing, the
     * expected form when it is not an order id.
     */
    Either orderId(String command, ChatCall call, String usage) {
        String typed = call.arg(0);
        if (typed == null) {
            return new Either(null, usage(command, call, usage));
        }
        Optional<String> id = OrderArgument.parse(typed);
        return id.map(v -> new Either(v, null)).orElseGet(() -> new Either(null,
                reply(command, call, "admin-bad-id", data("outcome", "invalid_order_id", "field", "orderId",
                        "usage", usage))));
    }

    /** An order id, or the answer to send instead of running the command. */
    record Either(String orderId, ChatAnswer refusal) {
    }

    ChatAnswer usage(String command, ChatCall call, String usage) {
        return reply(command, call, "admin-usage", data("outcome", "usage", "usage", usage));
    }

    ChatAnswer notFound(String command, ChatCall call, String orderId) {
        return reply(command, call, "admin-not-found", data("outcome", "order_not_found", "orderId", orderId));
    }

    /** A field the command refuses ({@code reason} of a cancel), with the rule it broke. */
    ChatAnswer invalid(String command, ChatCall call, Refused refused, String usage) {
        return reply(command, call, "admin-invalid", data("outcome", "invalid", "field", refused.field(),
                "code", refused.code(), "problem", refused.getMessage(), "usage", usage));
    }

    /**
     * A server term action the domain refused: a conflict with the server's state (deleted, busy, not provisioned,
     * term over...) says why not now and what to do instead ({@code admin-lifecycle}, outcome {@code not-now}, one
     * line per code); a bad field is {@link #invalid}.
     */
    ChatAnswer termRefused(String command, ChatCall call, String orderId, Refused refused, String usage) {
        if (refused.kind() != Refused.Kind.CONFLICT) {
            return invalid(command, call, refused, usage);
        }
        return reply(command, call, "admin-lifecycle", data("outcome", "not-now", "command", command, "orderId",
                orderId, "code", refused.code(), "problem", refused.getMessage()));
    }

    /**
     * A call to another service that did not give an answer: not configured, key rejected, not answering, or a
     * refusal nobody foresaw (its code and message).
     */
    ChatAnswer remoteFailed(String command, ChatCall call, String service, Remote<?> remote, String again) {
        String outcome = switch (remote.outcome()) {
            case NOT_CONFIGURED -> "not_configured";
            case KEY_REJECTED -> "key_rejected";
            case REFUSED -> "refused";
            default -> "unreachable";
        };
        String prefix = PROVISIONING.equals(service) ? "PROVISIONING" : "NOTIFICATION";
        return reply(command, call, "admin-remote-failed", data("outcome", outcome, "service", service,
                "urlVariable", prefix + "_URL", "keyVariable", prefix + "_ADMIN_API_KEY",
                "status", remote.status(), "code", remote.code(), "message", remote.message(), "again", again));
    }
}
