package id.gamestore.order.chat.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatTexts;
import id.gamestore.order.error.Refused;
import id.gamestore.order.lifecycle.LifecycleConfig;
import id.gamestore.order.lifecycle.OrderChange;
import id.gamestore.order.lifecycle.OrderChanges;
import id.gamestore.order.ordering.OrderIds;

/**
 * What {@code !perpanjang} and {@code !upgrade} share: the typed order id (hostile until it is one), the customer's
 * own orders only (an admin may name anyone's), and one template, {@code lifecycle}, for every answer.
 */
@ApplicationScoped
public class TermCommands {
    private final OrderChanges changes;
    private final ChatTexts texts;
    private final ZoneId zone;

    TermCommands(OrderChanges changes, ChatTexts texts, LifecycleConfig config) {
        this.changes = changes;
        this.texts = texts;
        this.zone = config.storeTimeZone();
    }

    /** A change asked for by the sender: {@code ask} gets the order id and who asks (null phone: the admin). */
    ChatAnswer ask(String command, ChatCall call, String usage, Asker ask) {
        String typed = call.arg(0);
        if (typed == null || call.arg(1) == null) {
            return reply(command, call, "usage", data("usage", usage));
        }
        String orderId = OrderIds.canonical(typed);
        if (typed.length() > 40 || !OrderIds.isWellFormed(orderId)) {
            return reply(command, call, "bad-id", data("usage", usage));
        }
        try {
            OrderChanges.Requested done;
            try {
                done = ask.ask(orderId, call.sender(), "customer");
            } catch (Refused refused) {
                if (refused.kind() != Refused.Kind.NOT_FOUND || !call.admin()) {
                    throw refused;
                }
                done = ask.ask(orderId, null, "admin:" + call.sender());
            }
            OrderChange c = done.change();
            return reply(command, call, c.kind == OrderChange.Kind.RENEWAL ? "renewal" : "change", data("orderId",
                    orderId, "changeId", c.id, "months", c.months, "packageName", c.newPackageName, "amount",
                    Formats.rupiah(Math.abs(c.amount)), "credit", c.amount < 0, "repeated", done.repeated()));
        } catch (Refused refused) {
            return reply(command, call, "refused", data("orderId", orderId, "code", refused.code(), "problem",
                    refused.getMessage(), "usage", usage));
        }
    }

    /** The store-time form of a term's end, e.g. {@code 28 Feb 2027 10:00 WIB}. */
    String when(Instant at, String locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.forLanguageTag(locale))
                .format(at.atZone(zone));
    }

    OrderChanges changes() {
        return changes;
    }

    ChatAnswer reply(String command, ChatCall call, String kind, Map<String, Object> data) {
        data.put("kind", kind);
        return ChatAnswer.of(command, texts.render("lifecycle", call.locale(), data), data);
    }

    static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    @FunctionalInterface
    interface Asker {
        OrderChanges.Requested ask(String orderId, String phone, String requestedBy);
    }
}
