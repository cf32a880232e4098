package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.ordering.OrderQueries;
import id.gamestore.order.ordering.OrderStatus;

/**
 * {@code !failed}: failed orders, the most recent failure first (at most {@code ADMIN_CHAT_LIST_SIZE}, and how many
 * more), each with its failure reason and the {@code !retry} that starts it again.
 */
@ApplicationScoped
public class FailedCommand implements AdminCommand {
    private final OrderQueries queries;
    private final AdminChatConfig config;
    private final AdminReplies replies;

    FailedCommand(OrderQueries queries, AdminChatConfig config, AdminReplies replies) {
        this.queries = queries;
        this.config = config;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "failed";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        OrderQueries.Page page = queries.recentlyChanged(OrderStatus.FAILED, config.listSize());
        List<Map<String, Object>> orders = page.items().stream().map(o -> data("orderId", o.id,
                "packageCode", o.packageCode, "customerName", o.customerName, "customerPhone", o.customerPhone,
                "reason", o.failureReason, "failedStep", o.failedStep,
                "failedAt", o.updatedAt.toString(), "age", AdminFormat.age(o.updatedAt, call.at(), call.locale())))
                .toList();
        return replies.reply(name(), call, "admin-failed", data("outcome", orders.isEmpty() ? "none" : "listed",
                "orders", orders, "total", page.total(), "more", page.total() - orders.size()));
    }
}
