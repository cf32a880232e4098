package id.gamestore.order.chat.customer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;

/**
 * {@code !perpanjang <order> <months>} / {@code !renew}: a renewal the admin confirms, as
 * {@code POST /api/orders/{id}/renewals} does it (same rules, same refusals).
 */
@ApplicationScoped
public class RenewCommand implements ChatCommand {
    private final TermCommands term;

    RenewCommand(TermCommands term) {
        this.term = term;
    }

    @Override
    public String name() {
        return "renew";
    }

    @Override
    public List<String> words() {
        return List.of("renew", "perpanjang");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        String usage = "!" + call.word() + " ORD-XXXXXXXX <" + ("en".equals(call.locale()) ? "months" : "bulan") + ">";
        Integer months = months(call.arg(1));
        if (call.arg(1) != null && months == null) {
            return term.reply(name(), call, "bad-months", TermCommands.data("usage", usage));
        }
        return term.ask(name(), call, usage, (orderId, phone, by) -> term.changes().renewal(orderId, phone, months,
                by));
    }

    private static Integer months(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(typed);
    }
}
