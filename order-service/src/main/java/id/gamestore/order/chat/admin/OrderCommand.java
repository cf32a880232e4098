package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.error.Refused;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.ordering.TimelineEntry;

/**
 * {@code !order <order>}: what {@code GET /api/admin/orders/{id}} shows, short: status, customer, package, the
 * server once there is one, the latest timeline lines, the failure reason with a hint, and the command that acts
 * next ({@code !confirm} on a pending order, {@code !retry} on a failed one).
 */
@ApplicationScoped
public class OrderCommand implements AdminCommand {
    static final String USAGE = "!order ORD-XXXXXXXX";

    private final OrderService orders;
    private final AdminChatConfig config;
    private final AdminReplies replies;

    OrderCommand(OrderService orders, AdminChatConfig config, AdminReplies replies) {
        this.orders = orders;
        this.config = config;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "order";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        AdminReplies.Either id = replies.orderId(name(), call, USAGE);
        if (id.refusal() != null) {
            return id.refusal();
        }
        Order o;
        try {
            o = orders.get(id.orderId());
        } catch (Refused notFound) {
            return replies.notFound(name(), call, id.orderId());
        }
        List<TimelineEntry> all = TimelineEntry.of(o.id);
        List<Map<String, Object>> timeline = all.subList(Math.max(0, all.size() - config.timelineSize()), all.size())
                .stream().map(e -> data("at", e.occurredAt.toString(),
                        "time", AdminFormat.time(e.occurredAt, config.timeZone()), "kind", e.kind.name(),
                        "what", what(e), "message", e.message, "actor", e.actor))
                .toList();
        Map<String, Object> failure = o.failureReason == null ? null : data("reason", o.failureReason,
                "failedStep", o.failedStep, "adminDetail", o.failureDetail, "customerMessage", o.failureMessage);
        Map<String, Object> server = o.serverIdentifier == null ? null : data("identifier", o.serverIdentifier,
                "name", o.serverName, "address", o.serverAddress);
        return replies.reply(name(), call, "admin-order", data("outcome", "found", "orderId", o.id,
                "status", o.status.name(), "customerName", o.customerName, "customerPhone", o.customerPhone,
                "packageCode", o.packageCode, "packageName", o.packageName, "months", o.durationMonths,
                "amount", AdminFormat.rupiah(o.totalPrice), "created", AdminFormat.time(o.createdAt, config.timeZone()),
                "confirmedBy", o.confirmedBy, "cancelReason", o.cancelReason, "server", server, "failure", failure,
                "timeline", timeline, "earlier", all.size() - timeline.size()));
    }

    private static String what(TimelineEntry e) {
        return switch (e.kind) {
            case STEP -> e.step + (e.stepIndex == null ? "" : " " + e.stepIndex + "/" + e.totalSteps);
            case PASSWORD_RESET -> e.step;
            default -> e.status == null ? "" : e.status.name();
        };
    }
}
