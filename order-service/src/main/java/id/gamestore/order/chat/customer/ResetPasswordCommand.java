package id.gamestore.order.chat.customer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderIds;
import id.gamestore.order.ordering.OrderQueries;
import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.reset.PasswordResetService;

/**
 * {@code !reset-password [order]} / {@code !login}: a new panel login, sent on WhatsApp as the usual message. The
 * rules are {@code POST /api/orders/{id}/password-reset}'s (COMPLETED orders only; a second request within the
 * minimum interval returns the first). A customer names one of their own orders, or none when they have exactly one
 * completed order; anyone else's order id gets the same answer as an unknown one. The same word is an admin command:
 * an admin naming an order that is not their own takes the admin path (any order, requested by {@code admin:<their
 * number>}).
 *
 * <p>The order's state is checked here before asking {@link PasswordResetService}: its refusals would mark the chat
 * transaction (which also stores the answer) for rollback.
 */
@ApplicationScoped
public class ResetPasswordCommand implements ChatCommand {
    private final OrderQueries orders;
    private final PasswordResetService resets;
    private final ChatTexts texts;

    ResetPasswordCommand(OrderQueries orders, PasswordResetService resets, ChatTexts texts) {
        this.orders = orders;
        this.resets = resets;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public List<String> words() {
        return List.of("reset-password", "login");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        if (call.arg(0) == null) {
            return withoutOrderId(call);
        }
        String id = OrderIds.canonical(call.arg(0));
        if (!OrderIds.isWellFormed(id)) {
            return reply(call, "malformed", null, Map.of("error", "INVALID_ORDER_ID"));
        }
        Optional<Order> found = orders.find(id);
        boolean own = found.filter(o -> call.sender().equals(o.customerPhone)).isPresent();
        if (found.isEmpty() || !own && !call.admin()) {
            return reply(call, "unknown", null, Map.of("error", "ORDER_NOT_FOUND"));
        }
        Order order = found.get();
        if (order.status != OrderStatus.COMPLETED) {
            return reply(call, "not-completed", order, Map.of("error", "ORDER_NOT_COMPLETED", "orderId", order.id,
                    "status", order.status.name()));
        }
        return request(call, order, own);
    }

    private ChatAnswer withoutOrderId(ChatCall call) {
        List<Order> completed = orders.completedOfCustomer(CustomerService.customerId(call.sender()));
        if (completed.size() == 1) {
            return request(call, completed.get(0), true);
        }
        if (completed.isEmpty()) {
            return reply(call, "none", null, Map.of("error", "NO_COMPLETED_ORDER"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("kind", "which");
        model.put("orders", completed.stream().limit(10).map(o -> Map.of("id", o.id, "packageName", o.packageName,
                "identifier", o.serverIdentifier == null ? "" : o.serverIdentifier)).toList());
        model.put("example", completed.get(0).id);
        return ChatAnswer.of(name(), texts.render("reset-password", call.locale(), model),
                Map.of("choose", completed.stream().map(o -> o.id).toList()));
    }

    private ChatAnswer request(ChatCall call, Order order, boolean own) {
        var requested = own
                ? resets.request(order.id, call.sender(), PasswordResetService.CUSTOMER)
                : resets.request(order.id, null, "admin:" + call.sender());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.id);
        data.put("requestId", requested.request().requestId);
        data.put("status", requested.request().status.name());
        data.put("repeated", requested.repeated());
        data.put("requestedBy", requested.request().requestedBy);
        return reply(call, requested.repeated() ? "repeated" : "requested", order, data);
    }

    private ChatAnswer reply(ChatCall call, String kind, Order order, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("orderId", order == null ? "" : order.id);
        model.put("status", order == null ? "" : order.status.name());
        model.put("forCustomer", order != null && !call.sender().equals(order.customerPhone));
        return ChatAnswer.of(name(), texts.render("reset-password", call.locale(), model), data);
    }
}
