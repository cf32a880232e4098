package id.gamestore.order.chat.customer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;

/**
 * {@code !upgrade <order> <package>} / {@code !downgrade}: a package change with its pro-rata price, which the admin
 * confirms, as {@code POST /api/orders/{id}/package-changes} does it.
 */
@ApplicationScoped
public class UpgradeCommand implements ChatCommand {
    private final TermCommands term;

    UpgradeCommand(TermCommands term) {
        this.term = term;
    }

    @Override
    public String name() {
        return "upgrade";
    }

    @Override
    public List<String> words() {
        return List.of("upgrade", "downgrade");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        String usage = "!" + call.word() + " ORD-XXXXXXXX <" + ("en".equals(call.locale()) ? "package" : "paket") + ">";
        String pkg = call.arg(1);
        if (pkg != null && !pkg.matches("[A-Za-z0-9-]{2,63}")) {
            return term.reply(name(), call, "bad-package", TermCommands.data("usage", usage));
        }
        return term.ask(name(), call, usage, (orderId, phone, by) -> term.changes().packageChange(orderId, phone,
                pkg == null ? null : pkg.toLowerCase(java.util.Locale.ROOT), by));
    }
}
