package id.gamestore.order.chat.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.customer.CustomerService;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderQueries;

/** {@code !pesanan} / {@code !orders}: the sender's newest orders with their status in words, and how many more. */
@ApplicationScoped
public class OrdersCommand implements ChatCommand {
    static final int SHOWN = 10;

    private final OrderQueries orders;
    private final ChatTexts texts;

    OrdersCommand(OrderQueries orders, ChatTexts texts) {
        this.orders = orders;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public List<String> words() {
        return List.of("orders", "pesanan");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        String customerId = CustomerService.customerId(call.sender());
        List<Order> newest = orders.ofCustomer(customerId, SHOWN);
        long total = newest.size() < SHOWN ? newest.size() : orders.countOfCustomer(customerId);
        List<Map<String, Object>> shown = newest.stream().map(OrdersCommand::order).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("none", shown.isEmpty()); // not "empty": Qute reads that as the map's own isEmpty()
        model.put("orders", shown);
        model.put("more", total - newest.size());
        return ChatAnswer.of(name(), texts.render("orders", call.locale(), model),
                Map.of("orders", shown, "total", total));
    }

    private static Map<String, Object> order(Order o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orderId", o.id);
        out.put("status", o.status.name());
        out.put("packageName", o.packageName);
        out.put("durationMonths", o.durationMonths);
        out.put("totalPrice", o.totalPrice);
        out.put("price", Formats.rupiah(o.totalPrice));
        out.put("createdAt", o.createdAt.toString());
        out.put("serverIdentifier", o.serverIdentifier == null ? "" : o.serverIdentifier);
        return out;
    }
}
