package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.error.ErrorCodes;
import id.gamestore.order.error.Refused;
import id.gamestore.order.lifecycle.LifecycleIds;
import id.gamestore.order.lifecycle.OrderChange;
import id.gamestore.order.lifecycle.OrderChanges;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.OrderConfirmation;
import id.gamestore.order.ordering.OrderService;
import id.gamestore.order.time.Clock;

/**
 * {@code !confirm <order>}: the admin's confirm, as {@code POST /api/admin/orders/{id}/confirm} does it (same
 * service, same refusals), confirmed by the admin's number.
 */
@ApplicationScoped
public class ConfirmCommand implements AdminCommand {
    static final String USAGE = "!confirm ORD-XXXXXXXX (or REN-/CHG-XXXXXXXX)";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final OrderService orders;
    private final OrderConfirmation confirmation;
    private final AdminReplies replies;
    private final OrderChanges changes;

    ConfirmCommand(OrderService orders, OrderConfirmation confirmation, AdminReplies replies, OrderChanges changes) {
        this.changes = changes;
        this.orders = orders;
        this.confirmation = confirmation;
        this.replies = replies;
    }

    @Override
    public String name() {
        return "confirm";
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        if (LifecycleIds.isChangeId(call.arg(0))) {
            return confirmChange(call, LifecycleIds.canonical(call.arg(0)));
        }
        AdminReplies.Either id = replies.orderId(name(), call, USAGE);
        if (id.refusal() != null) {
            return id.refusal();
        }
        try {
            Instant started = Clock.now();
            Order order = confirmation.confirm(id.orderId(), confirmedBy(call.sender()));
            boolean now = order.confirmedAt != null && !order.confirmedAt.isBefore(started);
            return replies.reply(name(), call, "admin-confirmed", data("outcome",
                    now ? "confirmed" : "already_confirmed", "orderId", order.id,
                    "status", order.status.name(), "packageName", order.packageName, "customerName",
                    order.customerName, "amount", AdminFormat.rupiah(order.totalPrice)));
        } catch (Refused refused) {
            return refusal(call, id.orderId(), refused);
        }
    }

    /** {@code !confirm REN-... / CHG-...}: a renewal or package change, as {@code POST /api/admin/changes/{id}/confirm}. */
    private ChatAnswer confirmChange(ChatCall call, String changeId) {
        try {
            OrderChange change = changes.confirm(changeId, confirmedBy(call.sender()));
            return replies.reply(name(), call, "admin-lifecycle", data("outcome", "change-confirmed", "changeId",
                    change.id, "orderId", change.orderId, "kind", change.kind.name(), "status", change.status.name(),
                    "months", change.months, "packageName", change.newPackageName, "amount",
                    AdminFormat.rupiah(change.amount)));
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                return replies.reply(name(), call, "admin-lifecycle", data("outcome", "change-not-found",
                        "changeId", changeId));
            }
            return replies.termRefused(name(), call, changeId, refused, USAGE);
        }
    }

    /** The admin's number as the endpoint gave it (E.164); anything else is refused like a bad REST confirmedBy. */
    private static String confirmedBy(String sender) {
        if (sender == null || !E164.matcher(sender).matches()) {
            throw Refused.invalid(ErrorCodes.INVALID_NAME, "confirmedBy", "the sender is not a phone number in E.164");
        }
        return sender;
    }

    private ChatAnswer refusal(ChatCall call, String orderId, Refused refused) {
        if (refused.kind() == Refused.Kind.NOT_FOUND) {
            return replies.notFound(name(), call, orderId);
        }
        if (ErrorCodes.PACKAGE_NOT_BUILDABLE.equals(refused.code())) {
            Order order = orders.get(orderId);
            return replies.reply(name(), call, "admin-not-buildable", data("outcome", "package_not_buildable",
                    "orderId", orderId, "packageCode", order.packageCode, "detail", refused.getMessage()));
        }
        if (ErrorCodes.ILLEGAL_TRANSITION.equals(refused.code())) {
            return replies.reply(name(), call, "admin-wrong-state", data("outcome", "illegal_transition",
                    "orderId", orderId, "status", orders.get(orderId).status.name(), "action", name()));
        }
        return replies.invalid(name(), call, refused, USAGE);
    }
}
