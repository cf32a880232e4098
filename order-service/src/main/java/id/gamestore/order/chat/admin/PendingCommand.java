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
 * {@code !pending}: the orders waiting for confirmation, the longest waiting first (at most
 * {@code ADMIN_CHAT_LIST_SIZE}, and how many more), each with package, customer, amount and age; the reply ends
 * with the command that confirms the first.
 */
@ApplicationScoped
public class PendingCommand implements AdminCommand {
    private final OrderQueries queries;
    private final AdminChatConfig config;
    private final AdminReplies replies;

    PendingCommand(OrderQueries queries, AdminChatConfig config, AdminReplies replies) {
        this.queries = queries;
        this.config = config;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        OrderQueries.Page page = queries.oldestFirst(OrderStatus.PENDING, config.listSize());
        List<Map<String, Object>> orders = page.items().stream().map(o -> data("orderId", o.id,
                "packageCode", o.packageCode, "packageName", o.packageName, "months", o.durationMonths,
                "customerName", o.customerName, "customerPhone", o.customerPhone,
                "amount", AdminFormat.rupiah(o.totalPrice), "totalPrice", o.totalPrice,
                "createdAt", o.createdAt.toString(), "age", AdminFormat.age(o.createdAt, call.at(), call.locale())))
                .toList();
        return replies.reply(name(), call, "admin-pending", data("outcome", orders.isEmpty() ? "none" : "listed",
                "orders", orders, "total", page.total(), "more", page.total() - orders.size(),
                "first", orders.isEmpty() ? null : orders.get(0).get("orderId")));
    }
}
