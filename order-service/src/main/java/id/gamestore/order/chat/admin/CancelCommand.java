package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.time.Clock;
import id.gamestore.order.validation.TextRules;

/**
 * {@code !cancel <order> <reason>}: cancels a PENDING order like {@code POST /api/admin/orders/{id}/cancel}; the
 * reason is the rest of the message, required, under the REST cancel's rules (at most 500 characters, no control
 * characters or angle brackets).
 */
@ApplicationScoped
public class CancelCommand implements AdminCommand {
    static final String USAGE = "!cancel ORD-XXXXXXXX <alasan/reason>";
    static final int MAX_REASON = 500;

    private final OrderService orders;
    private final AdminReplies replies;

    CancelCommand(OrderService orders, AdminReplies replies) {
        this.orders = orders;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        AdminReplies.Either id = replies.orderId(name(), call, USAGE);
        if (id.refusal() != null) {
            return id.refusal();
        }
        String[] parts = call.argumentText() == null ? new String[0] : call.argumentText().strip().split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return replies.usage(name(), call, "!cancel " + id.orderId() + " <alasan/reason>");
        }
        try {
            String reason = TextRules.freeText("reason", parts[1], MAX_REASON);
            Instant started = Clock.now();
            Order order = orders.cancel(id.orderId(), reason);
            boolean now = order.cancelledAt != null && !order.cancelledAt.isBefore(started);
            return replies.reply(name(), call, "admin-cancelled", data("outcome",
                    now ? "cancelled" : "already_cancelled", "orderId", order.id,
                    "reason", order.cancelReason, "customerName", order.customerName));
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                return replies.notFound(name(), call, id.orderId());
            }
            if (ErrorCodes.ILLEGAL_TRANSITION.equals(refused.code())) {
                return replies.reply(name(), call, "admin-wrong-state", data("outcome", "illegal_transition",
                        "orderId", id.orderId(), "status", orders.get(id.orderId()).status.name(), "action", name()));
            }
            return replies.invalid(name(), call, refused,
                    "!cancel " + id.orderId() + " <alasan/reason>");
        }
    }
}
