package id.gamestore.order.chat.admin;

import static id.gamestore.order.chat.admin.AdminReplies.data;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.AdminCommand;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.error.Refused;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.order.lifecycle.LifecycleTerms;
import id.gamestore.order.lifecycle.ServerTermQueries;
import id.gamestore.order.ordering.Order;

/**
 * The admin's hand on servers' terms, as {@code /api/admin/servers...} does it: {@code !servers [state] [days]},
 * {@code !suspend}, {@code !unsuspend}, {@code !terminate ORD-...} and {@code !extend ORD-... <days>}.
 */
@ApplicationScoped
public class TermAdminCommand implements AdminCommand {
    private final LifecycleTerms terms;
    private final ServerTermQueries queries;
    private final AdminReplies replies;
    private final AdminChatConfig listing;
    private final DateTimeFormatter time;

    TermAdminCommand(LifecycleTerms terms, ServerTermQueries queries, AdminReplies replies, AdminChatConfig listing,
            LifecycleConfig config) {
        this.terms = terms;
        this.queries = queries;
        this.replies = replies;
        this.listing = listing;
        this.time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT).withZone(config.storeTimeZone());
    }

    @Override
    public String name() {
        return "servers";
    }

    @Override
    public List<String> words() {
        return List.of("servers", "suspend", "unsuspend", "terminate", "extend");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        if ("servers".equals(call.word())) {
            return list(call);
        }
        String usage = "!" + call.word() + " ORD-XXXXXXXX" + ("extend".equals(call.word()) ? " <days>" : "");
        AdminReplies.Either id = replies.orderId(call.word(), call, usage);
        if (id.refusal() != null) {
            return id.refusal();
        }
        String by = "admin:" + call.sender();
        try {
            Order order = switch (call.word()) {
                case "suspend" -> terms.suspend(id.orderId(), by);
                case "unsuspend" -> terms.unsuspend(id.orderId(), by);
                case "terminate" -> terms.terminate(id.orderId(), by);
                default -> terms.extend(id.orderId(), days(call.arg(1)), by);
            };
            return replies.reply(call.word(), call, "admin-lifecycle", data("outcome", call.word(), "orderId",
                    order.id, "state", String.valueOf(order.serviceState), "expiresAt", time.format(order.expiresAt),
                    "days", call.arg(1)));
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                return replies.notFound(call.word(), call, id.orderId());
            }
            return replies.termRefused(call.word(), call, id.orderId(), refused, usage);
        }
    }

    private ChatAnswer list(ChatCall call) {
        String state = call.arg(0) == null ? "expiring" : call.arg(0);
        try {
            Integer days = call.arg(1) == null ? null : days(call.arg(1));
            List<Order> found = queries.list(state, days, listing.listSize() + 1);
            List<Map<String, Object>> lines = found.stream().limit(listing.listSize()).map(o -> data("orderId", o.id,
                    "customerName", o.customerName, "packageName", o.packageName, "identifier", o.serverIdentifier,
                    "state", String.valueOf(o.serviceState), "expiresAt", time.format(o.expiresAt))).toList();
            return replies.reply("servers", call, "admin-lifecycle", data("outcome", "servers", "state",
                    state.toLowerCase(Locale.ROOT), "servers", lines, "more", found.size() > lines.size()));
        } catch (Refused refused) {
            return replies.invalid("servers", call, refused,
                    "!servers [active|expiring|suspended|terminated] [days]");
        }
    }

    private static Integer days(String typed) {
        if (typed == null) {
            return null;
        }
        if (!typed.matches("[0-9]{1,4}")) {
            throw Refused.invalid(id.gamestore.order.error.ErrorCodes.INVALID_DAYS, "days",
                    "days must be a whole number from 1 to 366");
        }
        return Integer.valueOf(typed);
    }
}
