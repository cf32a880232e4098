package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;


import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.error.Refused;
import id.gamestore.order.operations.LoginResend;
import id.gamestore.order.operations.NotificationOperations;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderService;

/**
 * {@code !resend <order>}: sends the customer's latest login message (server ready, or a password reset's) again
 * through notification-service. When its stored text is gone (purged after delivery or past retention) only a new
 * password helps, and the reply says to type {@code !reset-password <order>}.
 */
@ApplicationScoped
public class ResendCommand implements AdminCommand {
    static final String USAGE = "!resend ORD-XXXXXXXX";

    private final OrderService orders;
    private final NotificationOperations notification;
    private final AdminReplies replies;

    ResendCommand(OrderService orders, NotificationOperations notification, AdminReplies replies) {
        this.orders = orders;
        this.notification = notification;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "resend";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        AdminReplies.Either id = replies.orderId(name(), call, USAGE);
        if (id.refusal() != null) {
            return id.refusal();
        }
        Order order;
        try {
            order = orders.get(id.orderId());
        } catch (Refused notFound) {
            return replies.notFound(name(), call, id.orderId());
        }
        LoginResend done = notification.resendLastLogin(order.id);
        String deliveryId = done.delivery() == null ? null : done.delivery().id();
        String kind = done.delivery() == null ? null : done.delivery().kind();
        return switch (done.result()) {
            case RESENT -> replies.reply(name(), call, "admin-resent", data("outcome", "resent", "orderId", order.id,
                    "deliveryId", deliveryId, "kind", kind, "recipient", order.customerPhone));
            case NO_LOGIN_MESSAGE -> replies.reply(name(), call, "admin-resend-none", data("outcome",
                    "no_login_message", "orderId", order.id, "status", order.status.name()));
            case BODY_GONE -> replies.reply(name(), call, "admin-resend-gone", data("outcome", "body_gone",
                    "orderId", order.id, "deliveryId", deliveryId, "kind", kind));
            case ALREADY_PENDING -> replies.reply(name(), call, "admin-resend-pending", data("outcome",
                    "already_pending", "orderId", order.id, "deliveryId", deliveryId, "kind", kind));
            case NOT_DONE -> replies.remoteFailed(name(), call, AdminReplies.NOTIFICATION, done.call(),
                    "!resend " + order.id);
        };
    }
}
